using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>An Art. 30 record view with its template output made once, on first use, and shared by the formats that need it.</summary>
public sealed class RenderedRecord
{
    private readonly Lazy<string> _markdown;
    private readonly Lazy<string> _html;

    public RenderedRecord(Art30RecordView view, TemplateEngine engine)
    {
        View = view;
        _markdown = new Lazy<string>(() => Art30Markup.Markdown(view, engine));
        _html = new Lazy<string>(() => Art30Markup.Html(view, engine, Markdown));
    }

    public Art30RecordView View { get; }

    /// <summary>The record's Markdown (art30/record.md.sbn).</summary>
    /// <exception cref="TemplateException">The template cannot be used.</exception>
    public string Markdown => _markdown.Value;

    /// <summary>The HTML page (art30/page.html.sbn) around the HTML written from <see cref="Markdown"/>.</summary>
    /// <exception cref="TemplateException">A template cannot be used.</exception>
    public string Html => _html.Value;
}
