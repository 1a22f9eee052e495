using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Register.Model;

namespace Register.Vocabulary;

/// <summary>An article or article point of the GDPR with its short label: an Art. 9(2) condition, Art. 49 derogation or transfer mechanism.</summary>
public sealed record ArticleTerm : ModelNode
{
    [Required, Description("The value as written in a register (snake_case of the model's choice).")]
    public string Id { get; init; } = "";

    [Required, Description("Article reference without the regulation's name, e.g. 9(2)(a) or 46(2)(c).")]
    public string Article { get; init; } = "";

    [Description("Point letter, e.g. a; absent where the article has none.")]
    public string? Point { get; init; }

    [Required, Description("Short label in each language.")]
    public LocalizedText Label { get; init; } = LocalizedText.Empty;

    [Required, Description("Where the entry comes from: the source checked, or the project's own wording.")]
    public string Source { get; init; } = "";

    [Required, Description("How sure the label is: V (official source), S (secondary sources), M (unverified).")]
    public string Verification { get; init; } = "";
}
