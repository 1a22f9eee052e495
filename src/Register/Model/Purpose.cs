using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>One purpose of an activity with its Art. 6(1) basis and what that basis requires.</summary>
public sealed record Purpose : ModelNode
{
    [Required, Description("Id of the purpose, unique within the activity.")]
    public string Id { get; init; } = "";

    [InRecord, Required, Description("What the data is used for, in plain words.")]
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    [Required, Description("Art. 6(1) basis: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests.")]
    public LegalBasis Basis { get; init; }

    [InRecord, Description("For legitimate_interests (6(1)(f)): the interest pursued.")]
    public LocalizedText? LegitimateInterest { get; init; }

    [Description("For legal_obligation (6(1)(c)) or public_task (6(1)(e)): the law that requires it.")]
    public LocalizedText? Law { get; init; }

    [Description("For consent (6(1)(a)): how the person withdraws consent.")]
    public LocalizedText? Withdrawal { get; init; }

    [Description("When the purpose has alternative bases: when this basis applies (e.g. 'if you are not yet a customer').")]
    public LocalizedText? AppliesWhen { get; init; }

    [Description("Other Art. 6(1) bases the purpose rests on in other cases ('consent or legitimate interest'), each with when it applies.")]
    public IReadOnlyList<AlternativeBasis> Alternatives { get; init; } = [];

    [Description("How long data for this purpose is kept, when it differs from the activity's.")]
    public RetentionRule? Retention { get; init; }

    [Description("True when the purpose is direct marketing (the right to object always applies, Art. 21(2)).")]
    public bool DirectMarketing { get; init; }

    [Description("True when the purpose is establishing, exercising or defending legal claims: the only purposes Art. 9(2)(f) (legal_claims) covers.")]
    public bool LegalClaims { get; init; }

    /// <summary>The purpose's basis and those of its alternatives.</summary>
    public IEnumerable<LegalBasis> Bases() => Alternatives.Select(a => a.Basis).Prepend(Basis);
}
