namespace Register.Views.Localization;

/// <summary>A provision of the GDPR: article, paragraph, subparagraph and point, e.g. Art. 6(1)(f) or Art. 49(1), second subparagraph.</summary>
// Subparagraph is given only where the paragraph has several, so formal citations can name it (Art. 6 Abs. 1 UAbs. 1 lit. f).
public sealed record ArticleRef(int Article, int? Paragraph = null, string? Point = null, int? Subparagraph = null);
