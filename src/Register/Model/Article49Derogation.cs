using System.ComponentModel;

namespace Register.Model;

/// <summary>The Art. 49(1) derogations.</summary>
public enum Article49Derogation
{
    [Description("Art. 49(1)(a): explicit consent")] ExplicitConsent,
    [Description("Art. 49(1)(b): performance of a contract with the data subject")] Contract,
    [Description("Art. 49(1)(c): contract in the interest of the data subject")] ContractInInterest,
    [Description("Art. 49(1)(d): important reasons of public interest")] PublicInterest,
    [Description("Art. 49(1)(e): legal claims")] LegalClaims,
    [Description("Art. 49(1)(f): vital interests")] VitalInterests,
    [Description("Art. 49(1)(g): public register")] PublicRegister,
    [Description("Art. 49(1) second subparagraph: compelling legitimate interests")] CompellingLegitimateInterests,
}
