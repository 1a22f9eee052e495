using Register.Model;

namespace Register.Views.Localization;

/// <summary>Which GDPR provision each register choice rests on (reference §1, §5).</summary>
public static class GdprProvisions
{
    // Art. 6(1) and 49(1) have a second subparagraph, so their points sit in subparagraph 1.
    public static ArticleRef Basis(LegalBasis basis) => new(6, 1, PointLetter((int)basis), 1);

    public static ArticleRef Condition(Article9Condition condition) => new(9, 2, PointLetter((int)condition));

    public static ArticleRef Exemption(ExemptionGround ground) => new(14, 5, PointLetter((int)ground));

    public static ArticleRef Transfer(TransferMechanism mechanism, Article49Derogation? derogation) => mechanism switch
    {
        TransferMechanism.Adequacy or TransferMechanism.Dpf => new(45, 3),
        TransferMechanism.Scc => new(46, 2, "c"),
        TransferMechanism.Bcr => new(47),
        _ => derogation switch
        {
            Article49Derogation.CompellingLegitimateInterests => new(49, 1, null, 2),
            { } d => new(49, 1, PointLetter((int)d), 1),
            null => new(49, 1),
        },
    };

    public static ArticleRef Right(string right) => right switch
    {
        "access" => new(15),
        "rectification" => new(16),
        "erasure" => new(17),
        "restriction" => new(18),
        "portability" => new(20),
        "objection" => new(21),
        _ => throw new ArgumentOutOfRangeException(nameof(right), right, "Unknown right."),
    };

    public static ArticleRef Objection { get; } = new(21, 1);

    public static ArticleRef ObjectionToDirectMarketing { get; } = new(21, 2);

    /// <summary>Art. 21(3): after an objection to direct marketing the data are no longer processed for it.</summary>
    public static ArticleRef DirectMarketingStops { get; } = new(21, 3);

    public static ArticleRef WithdrawConsent { get; } = new(7, 3);

    /// <summary>Art. 26(1): joint controllers.</summary>
    public static ArticleRef JointControllers { get; } = new(26, 1);

    public static ArticleRef Complaint { get; } = new(77, 1);

    /// <summary>Art. 12(3): information on action taken within one month, extendable by two further months.</summary>
    public static ArticleRef RequestDeadline { get; } = new(12, 3);

    /// <summary>Art. 12(4): when no action is taken, the reasons within one month, and the complaint and judicial remedy.</summary>
    public static ArticleRef RequestRefused { get; } = new(12, 4);

    /// <summary>Art. 12(5): free of charge, unless manifestly unfounded or excessive.</summary>
    public static ArticleRef FreeOfCharge { get; } = new(12, 5);

    /// <summary>Art. 12(6): additional information to confirm the identity where there are reasonable doubts.</summary>
    public static ArticleRef IdentityCheck { get; } = new(12, 6);

    public static ArticleRef AutomatedDecisions { get; } = new(22);

    /// <summary>True for the bases that carry the right to withdraw consent (Art. 13(2)(c)): only 6(1)(a); 9(2)(a) is checked separately.</summary>
    public static bool IsConsent(LegalBasis basis) => basis == LegalBasis.Consent;

    /// <summary>True for the bases that carry the general right to object (Art. 21(1)): 6(1)(e) and (f).</summary>
    public static bool CarriesObjection(LegalBasis basis) => basis is LegalBasis.PublicTask or LegalBasis.LegitimateInterests;

    /// <summary>True where the right to data portability applies (Art. 20(1)(a)): consent or contract.</summary>
    public static bool CarriesPortability(LegalBasis basis) => basis is LegalBasis.Consent or LegalBasis.Contract;

    // The enums are declared in the order of the points of their article, so the position is the letter.
    private static string PointLetter(int index) => ((char)('a' + index)).ToString();
}
