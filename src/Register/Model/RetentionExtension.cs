using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Register.Model;

/// <summary>Data kept after the purpose is met: for how long, why and on which Art. 6(1) basis (e.g. to defend legal claims).</summary>
public sealed record RetentionExtension : ModelNode
{
    [Description("ISO 8601 period the data is kept for after the retention above, e.g. P5Y.")]
    public IsoPeriod? Period { get; init; }

    [Required, Description("Why the data is kept, as a phrase that follows 'we keep the data': e.g. 'to defend ourselves against legal claims'.")]
    public LocalizedText Reason { get; init; } = LocalizedText.Empty;

    [Required, Description("Art. 6(1) basis for keeping it: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests.")]
    public LegalBasis Basis { get; init; }
}
