using Register.Views;

namespace Register.Rendering.Notices;

/// <summary>
/// What the standalone HTML page template gets: the body rendered from Markdown (the lead, with the title and first layer,
/// and the rest), the table of contents with an entry per activity, the other languages and every hreflang alternate.
/// </summary>
public sealed record NoticePage(
    string Language,
    string Title,
    TrustedText Body,
    IReadOnlyList<ContentsEntry> Contents,
    IReadOnlyList<LanguageVersionView> Alternates)
{
    /// <summary>The title and first layer, shown before the table of contents; empty when the page has none.</summary>
    public TrustedText Lead { get; init; } = new("");

    /// <summary>Every language version including this page, then <c>x-default</c>: the targets of <c>link rel="alternate"</c>.</summary>
    public IReadOnlyList<LanguageVersionView> Hreflang { get; init; } = [];
}
