using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>The Art. 9(2) condition for processing special categories of data.</summary>
public sealed record SpecialCategoryCondition : ModelNode
{
    [Required, Description("Art. 9(2) condition: explicit_consent, employment_law, vital_interests, not_for_profit, made_public, legal_claims, substantial_public_interest, health_care, public_health, archiving_research.")]
    public Article9Condition Condition { get; init; }

    [InRecord, Description("Why the condition applies.")]
    public LocalizedText? Explanation { get; init; }
}
