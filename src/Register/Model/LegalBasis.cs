using System.ComponentModel;

namespace Register.Model;

/// <summary>The Art. 6(1) lawful bases.</summary>
public enum LegalBasis
{
    [Description("Art. 6(1)(a): consent")] Consent,
    [Description("Art. 6(1)(b): contract or pre-contractual steps")] Contract,
    [Description("Art. 6(1)(c): legal obligation")] LegalObligation,
    [Description("Art. 6(1)(d): vital interests")] VitalInterests,
    [Description("Art. 6(1)(e): public task")] PublicTask,
    [Description("Art. 6(1)(f): legitimate interests")] LegitimateInterests,
}
