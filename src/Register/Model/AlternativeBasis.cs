using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Register.Model;

/// <summary>Another Art. 6(1) basis a purpose rests on in some cases, with when it applies and what that basis requires.</summary>
public sealed record AlternativeBasis : ModelNode
{
    [Required, Description("Art. 6(1) basis: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests.")]
    public LegalBasis Basis { get; init; }

    [Required, Description("When this basis applies instead (e.g. 'if you are already a customer').")]
    public LocalizedText AppliesWhen { get; init; } = LocalizedText.Empty;

    [Description("For legitimate_interests (6(1)(f)): the interest pursued.")]
    public LocalizedText? LegitimateInterest { get; init; }

    [Description("For legal_obligation (6(1)(c)) or public_task (6(1)(e)): the law that requires it.")]
    public LocalizedText? Law { get; init; }

    [Description("For consent (6(1)(a)): how the person withdraws consent.")]
    public LocalizedText? Withdrawal { get; init; }
}
