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

        var found = BasisTexts(purpose.Basis, purpose.LegitimateInterest, purpose.Law, purpose.Withdrawal,
            purpose.LocationOf(nameof(purpose.Basis)), $"Purpose '{purpose.Id}' relies on", "the purpose");
        foreach (var alternative in purpose.Alternatives.Where(a => a.Locations.ContainsKey("basis")))
        {
            found = found.Concat(BasisTexts(alternative.Basis, alternative.LegitimateInterest, alternative.Law, alternative.Withdrawal,
                alternative.LocationOf(nameof(alternative.Basis)), $"An alternative basis of purpose '{purpose.Id}' is", "the alternative"));
        }

        foreach (var diagnostic in found)
        {
            yield return diagnostic;
        }

        if (purpose.Basis != LegalBasis.Consent && !explicitConsent && purpose.Withdrawal is not null)
        {
            yield return Rules.WithdrawalWithoutConsent.At(purpose.LocationOf(nameof(purpose.Withdrawal)),
                $"Purpose '{purpose.Id}' says how to withdraw consent, but its basis is {Naming.ToYamlKey(purpose.Basis.ToString())}, not consent; readers would think they can withdraw.",
                "Remove 'withdrawal:' from this purpose, or change its basis to consent if consent is what you rely on. To explain objecting, use the notice's rights section.");
        }
    }

    // The text each basis needs, for a purpose's basis and for each of its alternatives alike.
    private static IEnumerable<Diagnostic> BasisTexts(LegalBasis basis, LocalizedText? interest, LocalizedText? law, LocalizedText? withdrawal,
        SourceLocation at, string subject, string owner)
    {
        switch (basis)
        {
            case LegalBasis.LegitimateInterests when Blank.Text(interest):
                yield return Rules.LegitimateInterestMissing.At(at,
                    $"{subject} legitimate interests (Art. 6(1)(f)) but does not say what the interest is; a notice must state it (Art. 13(1)(d), 14(2)(b)).",
                    $"Add 'legitimate_interest:' to {owner} with the interest pursued, in each language.");
                break;
            case LegalBasis.LegalObligation or LegalBasis.PublicTask when Blank.Text(law):
                var article = basis == LegalBasis.LegalObligation ? "a legal obligation (Art. 6(1)(c))" : "a public task (Art. 6(1)(e))";
                yield return Rules.LawMissing.At(at,
                    $"{subject} {article} but does not name the law that sets it (Art. 6(3)).",
                    $"Add 'law:' to {owner} naming the statute and article, e.g. 'art. 52 AWR' or '§ 147 AO'.");
                break;
            case LegalBasis.Consent when Blank.Text(withdrawal):
                yield return Rules.WithdrawalMissing.At(at,
                    $"{subject} consent (Art. 6(1)(a)) but does not say how to withdraw it; a notice must (Art. 13(2)(c), 7(3)).",
                    $"Add 'withdrawal:' to {owner} saying how the person withdraws consent, e.g. the link or address to use.");
                break;
        }
    }
}