namespace Register.Rendering;

/// <summary>The HTML body of a document, in two parts, and its headings, for the table of contents.</summary>
/// <param name="Lead">The start of the body: the title and what precedes the first part (for a notice, its first layer).</param>
/// <param name="Rest">The body after <paramref name="Lead"/>.</param>
/// <param name="Headings">The level-2 and level-3 headings, in document order.</param>
public sealed record RenderedHtml(string Lead, string Rest, IReadOnlyList<HtmlHeading> Headings)
{
    /// <summary>The whole body, joined on each use: a format that can writes <see cref="Lead"/> and <see cref="Rest"/> one after the other.</summary>
    public string Body => Lead + Rest;
}
