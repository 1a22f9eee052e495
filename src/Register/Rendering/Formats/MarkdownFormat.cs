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

    public override void WriteNotice(RenderedNotice notice, Stream output) => Utf8.Write(output, notice.Markdown);

    public override bool WritesRecordFromMarkdown => true;

    public override void WriteRecord(RenderedRecord record, Stream output) => record.WriteMarkdown(output);
}
