namespace Register.Rendering;

/// <summary>The HTML body of a document and its headings, for the table of contents.</summary>
public sealed record RenderedHtml(string Body, IReadOnlyList<HtmlHeading> Headings);
