using Register.Rendering.Notices;

namespace Register.Rendering.Formats;

/// <summary>The resolved notice view as JSON, for web integrations (and the site's index.json).</summary>
public sealed class JsonFormat : OutputFormat
{
    public override string Name => "json";

    public override string Description => "resolved notice as JSON";

    public override string Extension => ".json";

    public override DocumentKinds Documents => DocumentKinds.Notice;

    public override void WriteNotice(RenderedNotice notice, Stream output) => NoticeJson.Write(notice.View, notice.Readability, output);
}
