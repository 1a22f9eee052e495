using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Register.Model;

namespace Register.Vocabulary;

/// <summary>A right of the data subject (Art. 7(3), 15-22, 77) with the text a notice shows for it.</summary>
public sealed record DataSubjectRight : ModelNode
{
    [Required, Description("Id of the right, e.g. access.")]
    public string Id { get; init; } = "";

    [Required, Description("Article reference without the regulation's name, e.g. 15 or 7(3).")]
    public string Article { get; init; } = "";

    [Required, Description("Name of the right in each language.")]
    public LocalizedText Label { get; init; } = LocalizedText.Empty;

    [Required, Description("One-sentence explanation for a notice, in each language.")]
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    [Description("Explanations that replace the description when their conditions hold; the first that applies wins.")]
    public IReadOnlyList<RightText> Variants { get; init; } = [];

    [Description("Sentences added to the explanation when their conditions hold (a ground that applies only then).")]
    public IReadOnlyList<RightText> Additions { get; init; } = [];

    /// <summary>The explanation in a language for a notice whose activities meet the given conditions: only grounds that apply.</summary>
    public string? Explain(IReadOnlySet<string> holding, string language)
    {
        var text = (Variants.FirstOrDefault(v => v.AppliesTo(holding))?.Text ?? Description).Get(language);
        var added = Additions.Where(a => a.AppliesTo(holding)).Select(a => a.Text.Get(language)).Where(a => !string.IsNullOrWhiteSpace(a));
        return text is null ? null : string.Join(" ", added.Prepend(text.Trim()));
    }

    [Required, Description("Where the entry comes from: the source checked, or the project's own wording.")]
    public string Source { get; init; } = "";

    [Required, Description("How sure the wording is: V (official source), S (secondary sources), M (unverified).")]
    public string Verification { get; init; } = "";
}
