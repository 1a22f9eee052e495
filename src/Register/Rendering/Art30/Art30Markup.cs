using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>The record as Markdown (templates/art30/record.md.sbn) and as an HTML page made from that Markdown, like the notices.</summary>
public static class Art30Markup
{
    public const string MarkdownTemplate = "art30/record.md.sbn";
    public const string PageTemplate = "art30/page.html.sbn";

    public static string Markdown(Art30RecordView record, TemplateEngine engine) =>
        engine.Render(MarkdownTemplate, Art30TemplateModel.From(record), record.Phrases.Book, record.Activities.Count);

    /// <summary>The HTML page of a record from its already rendered Markdown.</summary>
    public static string Html(Art30RecordView record, TemplateEngine engine, string markdown)
    {
        var body = MarkdownHtml.Render(markdown).Body;
        return engine.Render(PageTemplate, Art30TemplateModel.From(record) with { Body = new TrustedText(body) }, record.Phrases.Book, record.Activities.Count);
    }
}
