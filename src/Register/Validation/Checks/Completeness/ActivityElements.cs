using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks.Completeness;

/// <summary>The per-activity part of <see cref="NoticeElementsShown"/>: purposes, interests, consent, data, sources, provision, recipients, transfers, retention, automated decisions.</summary>
internal static class ActivityElements
{
    public static void Check(List<Diagnostic> found, ProcessingActivity activity, CheckContext context, string where, string language)
    {
        var of = $"{where}, activity '{activity.Id}',";
        var indirect = activity.Sources.Any(s => s.Kind is SourceKind.ThirdParty or SourceKind.Public);

        if (activity.Purposes.Count == 0 || activity.Purposes.Any(p => !NoticeElementsShown.Has(p.Description, language)))
        {
            NoticeElementsShown.Report(found, NoticeElements.Purposes, activity.LocationOf(nameof(activity.Purposes)), of,
                "each purpose with its legal basis", $"Give every purpose a 'description:' in '{language}' and a 'basis:'.");
        }

        // A purpose's basis and each of its alternatives need the same texts in the notice's language.
        var bases = activity.Purposes.SelectMany(purpose => purpose.Alternatives
            .Select(a => (a.Basis, a.LegitimateInterest, a.Withdrawal, At: a.LocationOf(nameof(a.Basis)),
                Interest: $"the legitimate interest of an alternative basis of purpose '{purpose.Id}'",
                Consent: $"how to withdraw consent given under an alternative basis of purpose '{purpose.Id}'", Owner: " to the alternative"))
            .Prepend((purpose.Basis, purpose.LegitimateInterest, purpose.Withdrawal, At: purpose.LocationOf(nameof(purpose.Basis)),
                Interest: $"the legitimate interest pursued by purpose '{purpose.Id}'",
                Consent: $"how to withdraw consent for purpose '{purpose.Id}'", Owner: "")));
        foreach (var (basis, interest, withdrawal, at, interestWhat, consentWhat, owner) in bases)
        {
            if (basis == LegalBasis.LegitimateInterests && !NoticeElementsShown.Has(interest, language))
            {
                NoticeElementsShown.Report(found, NoticeElements.LegitimateInterest, at, of,
                    interestWhat, $"Add 'legitimate_interest:'{owner} with the interest in '{language}'.");
            }

            if (basis == LegalBasis.Consent && !NoticeElementsShown.Has(withdrawal, language))
            {
                NoticeElementsShown.Report(found, NoticeElements.Withdrawal, at, of,
                    consentWhat, $"Add 'withdrawal:'{owner} saying in '{language}' how the person withdraws consent.");
            }
        }

        if (indirect)
        {
            // A category without a name in this language is REG105 (VocabularyShown).
            if (activity.DataCategories.Count == 0)
            {
                NoticeElementsShown.Report(found, NoticeElements.DataCategories, activity.LocationOf(nameof(activity.DataCategories)), of,
                    "the categories of personal data (the data does not all come from the person)", "List the data categories under 'data_categories'.");
            }

            foreach (var source in activity.Sources.Where(s => s.Kind is SourceKind.ThirdParty or SourceKind.Public))
            {
                if (!NoticeElementsShown.Has(source.Name, language))
                {
                    NoticeElementsShown.Report(found, NoticeElements.Sources, source.LocationOf(nameof(source.Name)), of,
                        "from whom the data comes", $"Add 'name:' to the source in '{language}', e.g. 'onze opdrachtgevers (schuldeisers)'.");
                }
            }
        }

        if (activity.Sources.Any(s => s.Kind == SourceKind.DataSubject) && activity.Provision is null)
        {
            NoticeElementsShown.Report(found, NoticeElements.Provision, activity.LocationOf(nameof(activity.Sources)), of,
                "whether the person must provide the data and what happens if not (the person provides data)",
                "Add 'provision:' with the requirement and the consequences of not providing the data.");
        }

        for (var i = 0; i < activity.Recipients.Count; i++)
        {
            // An id that names no recipient is REG023.
            if (context.RecipientsById.TryGetValue(activity.Recipients[i], out var recipient) && !NoticeElementsShown.Has(recipient.Name, language))
            {
                NoticeElementsShown.Report(found, NoticeElements.Recipients, recipient.LocationOf(nameof(recipient.Name)), of,
                    $"each recipient by name or category, but recipient '{recipient.Id}' has no name in '{language}'",
                    $"Give recipient '{recipient.Id}' a 'name:' in '{language}' in recipients.yaml.");
            }
        }

        foreach (var transfer in activity.Transfers.Where(t => !t.IsOnward))
        {
            var needsSafeguards = transfer.Mechanism is TransferMechanism.Scc or TransferMechanism.Bcr
                || (transfer.Mechanism == TransferMechanism.Derogation && transfer.Derogation == Article49Derogation.CompellingLegitimateInterests);
            if (needsSafeguards && !NoticeElementsShown.Has(transfer.Safeguards, language) && transfer.CopyFrom is null && string.IsNullOrWhiteSpace(transfer.SafeguardsUrl))
            {
                NoticeElementsShown.Report(found, NoticeElements.Transfers, transfer.LocationOf(nameof(transfer.Mechanism)), of,
                    $"the transfer to {transfer.Country ?? transfer.Recipient}: the country, the ground and where to obtain a copy of the safeguards",
                    "Add 'safeguards:' (how to obtain a copy), 'copy_from:' or 'safeguards_url:' to the transfer.");
            }
        }

        if (activity.Retention is null)
        {
            NoticeElementsShown.Report(found, NoticeElements.Retention, activity.LocationOf(nameof(activity.Retention)), of,
                "how long the data is kept, or the criteria for it", "Add 'retention:' with a period (P3Y) or a criterion.");
        }

        if (activity.AutomatedDecisions is { IsNone: false } adm
            && !(NoticeElementsShown.Has(adm.Logic, language) && NoticeElementsShown.Has(adm.Significance, language) && NoticeElementsShown.Has(adm.Consequences, language)))
        {
            NoticeElementsShown.Report(found, NoticeElements.AutomatedDecisions, adm.At, of,
                "the logic, significance and consequences of the automated decision-making", $"Fill in logic, significance and consequences in '{language}'.");
        }
    }
}
