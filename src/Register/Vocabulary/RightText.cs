using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Register.Model;

namespace Register.Vocabulary;

/// <summary>A text of a right that applies only when the notice's activities meet every condition in <see cref="When"/>.</summary>
public sealed record RightText : ModelNode
{
    /// <summary>
    /// The conditions a text can name: a legal basis of the notice's purposes (consent also for 9(2)(a)), direct
    /// marketing, or general_objection (a 6(1)(e) or (f) purpose, which carries the right of Art. 21(1)).
    /// </summary>
    public static IReadOnlySet<string> Conditions { get; } = new HashSet<string>(
        ["consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests", "direct_marketing", "general_objection"],
        StringComparer.Ordinal);

    [Required, Description("Conditions that must all hold: a basis of the notice's purposes (consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests) direct_marketing or general_objection.")]
    public IReadOnlyList<string> When { get; init; } = [];

    [Required, Description("The text in each language.")]
    public LocalizedText Text { get; init; } = LocalizedText.Empty;

    /// <summary>True when every condition is among those that hold.</summary>
    public bool AppliesTo(IReadOnlySet<string> holding) => When.All(holding.Contains);
}
