using Register.Views;

namespace Register.Rendering.Notices;

/// <summary>What the standalone HTML page template gets: the body rendered from Markdown, its contents and the other languages.</summary>
public sealed record NoticePage(
    string Language,
    string Title,
    TrustedText Body,
    IReadOnlyList<HtmlHeading> Contents,
    IReadOnlyList<LanguageVersionView> Alternates);
