using System.ComponentModel;

namespace Register.Model;

/// <summary>The Art. 9(2) conditions for special categories of personal data.</summary>
public enum Article9Condition
{
    [Description("Art. 9(2)(a): explicit consent")] ExplicitConsent,
    [Description("Art. 9(2)(b): employment and social security law")] EmploymentLaw,
    [Description("Art. 9(2)(c): vital interests where consent is impossible")] VitalInterests,
    [Description("Art. 9(2)(d): not-for-profit body")] NotForProfit,
    [Description("Art. 9(2)(e): manifestly made public by the person")] MadePublic,
    [Description("Art. 9(2)(f): legal claims or courts")] LegalClaims,
    [Description("Art. 9(2)(g): substantial public interest")] SubstantialPublicInterest,
    [Description("Art. 9(2)(h): health or social care")] HealthCare,
    [Description("Art. 9(2)(i): public health")] PublicHealth,
    [Description("Art. 9(2)(j): archiving, research, statistics")] ArchivingResearch,
}
