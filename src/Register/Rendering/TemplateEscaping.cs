namespace Register.Rendering;

/// <summary>How a template's values are escaped, by the kind its file name ends with.</summary>
public enum TemplateEscaping
{
    /// <summary><c>*.md.sbn</c>: through <see cref="MarkdownTextEncoder"/>.</summary>
    Markdown,

    /// <summary><c>*.html.sbn</c>: HTML-escaped.</summary>
    Html,
}
