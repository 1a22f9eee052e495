using Register.Rendering.Art30;
using Register.Rendering.Notices;

namespace Register.Rendering.Formats;

/// <summary>The canonical Markdown of notices and records, as their templates write it.</summary>
public sealed class MarkdownFormat : OutputFormat
{
    public override string Name => "md";

    public override string Description => "Markdown";

    public override string Extension => ".md";

    public override DocumentKinds Documents => DocumentKinds.Notice | DocumentKinds.Record;

    public override byte[] Notice(RenderedNotice notice) => Utf8.Bytes(notice.Markdown);

    public override byte[] Record(RenderedRecord record) => Utf8.Bytes(record.Markdown);
}
