using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>
/// Which data subject rights a notice shows for the activities it covers, one rule for the notice view and the
/// validator (VocabularyShown) alike: access, rectification, erasure and restriction always; portability where consent
/// (Art. 6(1)(a) or 9(2)(a)) or a contract is the basis (Art. 20(1)(a)); objection for 6(1)(e)/(f) and direct marketing
/// (Art. 21), counting the bases data are kept on after their purpose as well as the purposes' own.
/// </summary>
public static class NoticeRights
{
    /// <summary>What holds for the covered activities, in the terms a right's text names (<see cref="Vocabulary.RightText.Conditions"/>).</summary>
    public static IReadOnlySet<string> Conditions(IReadOnlyList<ProcessingActivity> covered)
    {
        var purposes = covered.SelectMany(a => a.Purposes).ToList();
        var bases = purposes.SelectMany(p => p.Bases()).ToHashSet();
        var holding = bases.Select(b => Naming.ToYamlKey(b.ToString())).ToHashSet(StringComparer.Ordinal);
        if (covered.Any(NoticeViewBuilder.HasConsentBasis))
        {
            holding.Add("consent");
        }

        if (purposes.Any(p => p.DirectMarketing))
        {
            holding.Add("direct_marketing");
        }

        if (ObjectablePurposes(covered).Any() || ObjectableKeptAfter(covered).Any())
        {
            holding.Add("general_objection");
        }

        return holding;
    }

    /// <summary>
    /// The purposes resting on 6(1)(e) or (f), with their activity: Art. 21(1) concerns processing on those bases only,
    /// never a 6(1)(c) purpose such as sanctions screening, even of an activity that also has an (f) purpose.
    /// </summary>
    public static IEnumerable<(ProcessingActivity Activity, Purpose Purpose)> ObjectablePurposes(IEnumerable<ProcessingActivity> covered) =>
        covered.SelectMany(a => a.Purposes.Where(p => p.Bases().Any(GdprProvisions.CarriesObjection)).Select(p => (a, p)));

    /// <summary>
    /// Data kept after their purpose is met (a retention rule's <c>kept_after</c>) on 6(1)(e) or (f), with the activity
    /// that keeps them: keeping data to defend legal claims on 6(1)(f) is processing the person can object to like any
    /// other on that basis (Art. 21(1)).
    /// </summary>
    public static IEnumerable<(ProcessingActivity Activity, RetentionExtension Extension)> ObjectableKeptAfter(IEnumerable<ProcessingActivity> covered) =>
        covered.SelectMany(a => a.RetentionRules().Select(r => r.KeptAfter).OfType<RetentionExtension>()
            .Where(e => GdprProvisions.CarriesObjection(e.Basis)).Select(e => (a, e)));

    /// <summary>The ids of the rights shown, given what <see cref="Conditions"/> says holds.</summary>
    public static IReadOnlyList<string> Shown(IReadOnlySet<string> holding) =>
    [
        "access", "rectification", "erasure", "restriction",
        .. holding.Contains("contract") || holding.Contains("consent") ? ["portability"] : Array.Empty<string>(),
        .. holding.Contains("general_objection") || holding.Contains("direct_marketing") ? ["objection"] : Array.Empty<string>(),
    ];
}
