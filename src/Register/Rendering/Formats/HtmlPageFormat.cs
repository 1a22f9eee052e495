using Register.Rendering.Art30;
using Register.Rendering.Notices;

namespace Register.Rendering.Formats;

/// <summary>A standalone HTML page (page.html.sbn) around the HTML written from the document's parsed Markdown.</summary>
public sealed class HtmlPageFormat : OutputFormat
{
    public override string Name => "html";

    public override string Description => "web page";

    public override string Extension => ".html";

    public override DocumentKinds Documents => DocumentKinds.Notice | DocumentKinds.Record;

    public override void WriteNotice(RenderedNotice notice, Stream output)
    {
        var view = notice.View;
        var page = new NoticePage(view.Language, view.Title, new TrustedText(notice.Html.Body), notice.Html.Headings.Where(h => h.Level == 2).ToList(), view.OtherLanguages);
        Utf8.Write(output, MarkdownTidy.Tidy(notice.Engine.Render(RenderedNotice.PageTemplate, page, notice.Phrases)));
    }

    public override void WriteRecord(RenderedRecord record, Stream output) => Utf8.Write(output, record.Html);
}
