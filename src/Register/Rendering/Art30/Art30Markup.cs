using System.Text;
using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>The record as Markdown (templates/art30/record.md.sbn) and as an HTML page made from that Markdown, like the notices.</summary>
public static class Art30Markup
{
    public const string MarkdownTemplate = "art30/record.md.sbn";
    public const string PageTemplate = "art30/page.html.sbn";

    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Markdown(Art30RecordView record, TemplateEngine engine) =>
        engine.Render(MarkdownTemplate, Art30TemplateModel.From(record), record.Terms.Phrases);

    public static string Html(Art30RecordView record, TemplateEngine engine)
    {
        var model = Art30TemplateModel.From(record);
        var body = MarkdownHtml.Render(engine.Render(MarkdownTemplate, model, record.Terms.Phrases)).Body;
        return engine.Render(PageTemplate, model with { Body = new TrustedText(body) }, record.Terms.Phrases);
    }

    public static byte[] MarkdownBytes(Art30RecordView record, TemplateEngine engine) => _utf8.GetBytes(Markdown(record, engine));

    public static byte[] HtmlBytes(Art30RecordView record, TemplateEngine engine) => _utf8.GetBytes(Html(record, engine));
}
