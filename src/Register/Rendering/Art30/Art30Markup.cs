using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>The record as Markdown (templates/art30/record.md.sbn) and as an HTML page made from that Markdown, like the notices.</summary>
public static class Art30Markup
{
    public const string MarkdownTemplate = "art30/record.md.sbn";
    public const string PageTemplate = "art30/page.html.sbn";

    // Stands for the body while the page template renders; the body is then written in its place, never held as one string.
    private const string BodyPlaceholder = "\u0001register-art30-body-7f3c2e\u0001";

    public static string Markdown(Art30RecordView record, TemplateEngine engine) =>
        engine.Render(MarkdownTemplate, Art30TemplateModel.From(record), record.Phrases.Book, record.Activities.Count);

    /// <summary>The record's Markdown into <paramref name="output"/> as the template writes it.</summary>
    /// <exception cref="TemplateException">The template cannot be used.</exception>
    /// <remarks><paramref name="model"/> is <see cref="Art30TemplateModel.From"/> of the record, made once for the Markdown and the page.</remarks>
    public static void WriteMarkdown(Art30RecordView record, Art30TemplateModel model, TemplateEngine engine, TextWriter output) =>
        engine.Render(MarkdownTemplate, model, record.Phrases.Book, record.Activities.Count, output);

    /// <summary>The HTML page of a record from its already rendered Markdown.</summary>
    public static string Html(Art30RecordView record, Art30TemplateModel model, TemplateEngine engine, string markdown)
    {
        var body = MarkdownHtml.Render(markdown).Body;
        return engine.Render(PageTemplate, model with { Body = new TrustedText(body) }, record.Phrases.Book, record.Activities.Count);
    }

    /// <summary>
    /// Writes the same bytes as <see cref="Html(Art30RecordView, Art30TemplateModel, TemplateEngine, string)"/> into <paramref name="output"/>
    /// (UTF-8), with the body written from <paramref name="markdown"/> part by part (<see cref="MarkdownHtml.WriteBody(Func{TextReader}, TextWriter)"/>)
    /// where the page template writes it once; a template that writes the body more than once, or not at all, is rendered
    /// with the whole body as before.
    /// </summary>
    /// <exception cref="TemplateException">A template cannot be used.</exception>
    public static void WriteHtml(Art30RecordView record, Art30TemplateModel model, TemplateEngine engine, Utf8Buffer markdown, Stream output)
    {
        var page = engine.Render(PageTemplate, model with { Body = new TrustedText(BodyPlaceholder) }, record.Phrases.Book, record.Activities.Count);
        var at = page.IndexOf(BodyPlaceholder, StringComparison.Ordinal);
        if (at < 0 || page.IndexOf(BodyPlaceholder, at + 1, StringComparison.Ordinal) >= 0)
        {
            Utf8.Write(output, Html(record, model, engine, markdown.ToString()));
            return;
        }

        using var writer = Utf8.CreateWriter(output);
        writer.Write(page.AsSpan(0, at));
        MarkdownHtml.WriteBody(markdown.OpenReader, writer);
        writer.Write(page.AsSpan(at + BodyPlaceholder.Length));
    }
}
