using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG040–REG043, REG047: each purpose's Art. 6(1) basis comes with what that basis requires a notice to say.</summary>
public sealed class BasisRequirements : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var activity in context.Register.Activities)
        {
            if (activity.Purposes.Count == 0 && activity.Locations.ContainsKey("purposes"))
            {
                yield return Rules.NoPurposes.At(activity.LocationOf(nameof(activity.Purposes)),
                    $"Activity '{activity.Id}' lists no purposes; every processing activity needs at least one purpose with its legal basis.",
                    "Add a purpose under 'purposes:' with an id, a description and a basis.");
            }

            // Explicit consent under Art. 9(2)(a) or for a transfer (Art. 49(1)(a)) can be withdrawn too.
            var explicitConsent = activity.SpecialCategories?.Condition == Article9Condition.ExplicitConsent
                || activity.Transfers.Any(t => t is { Mechanism: TransferMechanism.Derogation, Derogation: Article49Derogation.ExplicitConsent });
            if (activity.SpecialCategories is { Condition: Article9Condition.ExplicitConsent } special
                && special.Locations.ContainsKey("condition") && activity.Purposes.All(p => Blank.Text(p.Withdrawal)))
            {
                yield return Rules.WithdrawalMissing.At(special.LocationOf(nameof(special.Condition)),
                    $"Activity '{activity.Id}' relies on explicit consent for special-category data (Art. 9(2)(a)) but no purpose says how to withdraw it; a notice must (Art. 13(2)(c), 14(2)(d)).",
                    "Add 'withdrawal:' to the purpose the consent is for, saying how the person withdraws it.");
            }

            foreach (var purpose in activity.Purposes)
            {
                foreach (var diagnostic in Check(purpose, explicitConsent))
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> Check(Purpose purpose, bool explicitConsent)
    {
        // Without a basis key the loader already reported the missing field; the basis then only holds its default.
        if (!purpose.Locations.ContainsKey("basis"))
        {
            yield break;
        }

        var basisAt = purpose.LocationOf(nameof(purpose.Basis));
        switch (purpose.Basis)
        {
            case LegalBasis.LegitimateInterests when Blank.Text(purpose.LegitimateInterest):
                yield return Rules.LegitimateInterestMissing.At(basisAt,
                    $"Purpose '{purpose.Id}' relies on legitimate interests (Art. 6(1)(f)) but does not say what the interest is; a notice must state it (Art. 13(1)(d), 14(2)(b)).",
                    "Add 'legitimate_interest:' to the purpose with the interest pursued, in each language.");
                break;
            case LegalBasis.LegalObligation or LegalBasis.PublicTask when Blank.Text(purpose.Law):
                var article = purpose.Basis == LegalBasis.LegalObligation ? "a legal obligation (Art. 6(1)(c))" : "a public task (Art. 6(1)(e))";
                yield return Rules.LawMissing.At(basisAt,
                    $"Purpose '{purpose.Id}' relies on {article} but does not name the law that sets it (Art. 6(3)).",
                    "Add 'law:' to the purpose naming the statute and article, e.g. 'art. 52 AWR' or '§ 147 AO'.");
                break;
            case LegalBasis.Consent when Blank.Text(purpose.Withdrawal):
                yield return Rules.WithdrawalMissing.At(basisAt,
                    $"Purpose '{purpose.Id}' relies on consent (Art. 6(1)(a)) but does not say how to withdraw it; a notice must (Art. 13(2)(c), 7(3)).",
                    "Add 'withdrawal:' to the purpose saying how the person withdraws consent, e.g. the link or address to use.");
                break;
        }

        foreach (var alternative in purpose.Alternatives.Where(a => a.Locations.ContainsKey("basis")))
        {
            var at = alternative.LocationOf(nameof(alternative.Basis));
            var what = $"An alternative basis of purpose '{purpose.Id}'";
            switch (alternative.Basis)
            {
                case LegalBasis.LegitimateInterests when Blank.Text(alternative.LegitimateInterest):
                    yield return Rules.LegitimateInterestMissing.At(at,
                        $"{what} is legitimate interests (Art. 6(1)(f)) but does not say what the interest is; a notice must state it (Art. 13(1)(d), 14(2)(b)).",
                        "Add 'legitimate_interest:' to the alternative with the interest pursued, in each language.");
                    break;
                case LegalBasis.LegalObligation or LegalBasis.PublicTask when Blank.Text(alternative.Law):
                    yield return Rules.LawMissing.At(at,
                        $"{what} is {(alternative.Basis == LegalBasis.LegalObligation ? "a legal obligation (Art. 6(1)(c))" : "a public task (Art. 6(1)(e))")} but does not name the law that sets it (Art. 6(3)).",
                        "Add 'law:' to the alternative naming the statute and article.");
                    break;
                case LegalBasis.Consent when Blank.Text(alternative.Withdrawal):
                    yield return Rules.WithdrawalMissing.At(at,
                        $"{what} is consent (Art. 6(1)(a)) but does not say how to withdraw it; a notice must (Art. 13(2)(c), 7(3)).",
                        "Add 'withdrawal:' to the alternative saying how the person withdraws consent.");
                    break;
            }
        }

        if (purpose.Basis != LegalBasis.Consent && !explicitConsent && purpose.Withdrawal is not null)
        {
            yield return Rules.WithdrawalWithoutConsent.At(purpose.LocationOf(nameof(purpose.Withdrawal)),
                $"Purpose '{purpose.Id}' says how to withdraw consent, but its basis is {Naming.ToYamlKey(purpose.Basis.ToString())}, not consent; readers would think they can withdraw.",
                "Remove 'withdrawal:' from this purpose, or change its basis to consent if consent is what you rely on. To explain objecting, use the notice's rights section.");
        }
    }
}
