namespace Register.Rendering;

/// <summary>The HTML body of a document and its headings, for the table of contents.</summary>
public sealed record RenderedHtml(string Body, IReadOnlyList<HtmlHeading> Headings)
{
    /// <summary>The start of the body: the title and what precedes the first part (for a notice, its first layer).</summary>
    public string Lead { get; init; } = "";

    /// <summary>The body after <see cref="Lead"/>.</summary>
    public string Rest { get; init; } = Body;
}
