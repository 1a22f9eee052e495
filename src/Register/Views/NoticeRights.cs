using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>
/// Which data subject rights a notice shows for the activities it covers, one rule for the notice view and the
/// validator (VocabularyShown) alike: access, rectification, erasure and restriction always; portability where consent
/// (Art. 6(1)(a) or 9(2)(a)) or a contract is the basis (Art. 20(1)(a)); objection for 6(1)(e)/(f) and direct marketing
/// (Art. 21).
/// </summary>
public static class NoticeRights
{
    /// <summary>What holds for the covered activities, in the terms a right's text names (<see cref="Vocabulary.RightText.Conditions"/>).</summary>
    public static IReadOnlySet<string> Conditions(IReadOnlyList<ProcessingActivity> covered)
    {
        var purposes = covered.SelectMany(a => a.Purposes).ToList();
        var holding = purposes.SelectMany(p => p.Bases()).Select(b => Naming.ToYamlKey(b.ToString())).ToHashSet(StringComparer.Ordinal);
        if (covered.Any(NoticeViewBuilder.HasConsentBasis))
        {
            holding.Add("consent");
        }

        if (purposes.Any(p => p.DirectMarketing))
        {
            holding.Add("direct_marketing");
        }

        if (purposes.Any(p => p.Bases().Any(GdprProvisions.CarriesObjection)))
        {
            holding.Add("general_objection");
        }

        return holding;
    }

    /// <summary>The ids of the rights shown, given what <see cref="Conditions"/> says holds.</summary>
    public static IReadOnlyList<string> Shown(IReadOnlySet<string> holding) =>
    [
        "access", "rectification", "erasure", "restriction",
        .. holding.Contains("contract") || holding.Contains("consent") ? ["portability"] : Array.Empty<string>(),
        .. holding.Contains("general_objection") || holding.Contains("direct_marketing") ? ["objection"] : Array.Empty<string>(),
    ];
}
