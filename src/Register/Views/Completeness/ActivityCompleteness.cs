using Register.Model;
using Register.Views.Localization;

namespace Register.Views.Completeness;

/// <summary>The per-activity part of <see cref="NoticeCompleteness"/>: purposes, bases, data, sources, recipients, transfers, retention.</summary>
public static class ActivityCompleteness
{
    public static void Check(ProcessingActivity activity, ActivityView view, NoticeView notice, NoticeContext context, string where)
    {
        var bag = context.Diagnostics;
        var of = $"{where}, activity '{activity.Id}',";

        if (view.Purposes.Count == 0 || view.Purposes.Any(p => string.IsNullOrWhiteSpace(p.Description) || string.IsNullOrWhiteSpace(p.Citation)))
        {
            NoticeCompleteness.Report(bag, NoticeElements.Purposes, activity.LocationOf("purposes"), of,
                "each purpose with its legal basis", "Give every purpose a description and a basis.");
        }

        foreach (var (purpose, purposeView) in activity.Purposes.Zip(view.Purposes))
        {
            if (purpose.Basis == LegalBasis.LegitimateInterests && string.IsNullOrWhiteSpace(purposeView.LegitimateInterest))
            {
                NoticeCompleteness.Report(bag, NoticeElements.LegitimateInterest, purpose.LocationOf("basis"), of,
                    $"the legitimate interest pursued by purpose '{purpose.Id}'", "Add 'legitimate_interest:' with the interest in each language.");
            }

            if (purpose.Basis == LegalBasis.Consent && string.IsNullOrWhiteSpace(purposeView.Withdrawal))
            {
                NoticeCompleteness.Report(bag, NoticeElements.Withdrawal, purpose.LocationOf("basis"), of,
                    $"how to withdraw consent for purpose '{purpose.Id}'", "Add 'withdrawal:' saying how the person withdraws consent.");
            }
        }

        if (NoticeViewBuilder.HasConsentBasis(activity) && notice.Withdrawal is null)
        {
            NoticeCompleteness.Report(bag, NoticeElements.Withdrawal, activity.At, of,
                "the right to withdraw consent", "Keep the withdrawal partial in your templates.");
        }

        if (view.Indirect && (view.DataCategories.Count == 0 || view.DataCategories.Any(string.IsNullOrWhiteSpace)))
        {
            NoticeCompleteness.Report(bag, NoticeElements.DataCategories, activity.LocationOf("data_categories"), of,
                "the categories of personal data (the data does not all come from the person)", "List the data categories under 'data_categories'.");
        }

        if (view.Indirect)
        {
            foreach (var source in activity.Sources.Where(s => s.Kind is SourceKind.ThirdParty or SourceKind.Public))
            {
                if (string.IsNullOrWhiteSpace(source.Name?.Get(context.Language)))
                {
                    NoticeCompleteness.Report(bag, NoticeElements.Sources, source.At, of,
                        "from whom the data comes", "Add 'name:' to the source, e.g. 'onze opdrachtgevers (schuldeisers)'.");
                }
            }
        }

        if (activity.Sources.Any(s => s.Kind == SourceKind.DataSubject) && string.IsNullOrWhiteSpace(view.Provision))
        {
            NoticeCompleteness.Report(bag, NoticeElements.Provision, activity.LocationOf("sources"), of,
                "whether the person must provide the data and what happens if not (the person provides data)",
                "Add 'provision:' with the requirement and the consequences of not providing the data.");
        }

        if (view.Recipients.Count != activity.Recipients.Count || view.Recipients.Any(r => string.IsNullOrWhiteSpace(r.Name)))
        {
            NoticeCompleteness.Report(bag, NoticeElements.Recipients, activity.LocationOf("recipients"), of,
                "each recipient by name or category", "Use recipient ids from recipients.yaml, each with a name in every language.");
        }

        foreach (var (transfer, transferView) in activity.Transfers.Zip(view.Transfers))
        {
            var needsSafeguards = transfer.Mechanism is TransferMechanism.Scc or TransferMechanism.Bcr
                || (transfer.Mechanism == TransferMechanism.Derogation && transfer.Derogation == Article49Derogation.CompellingLegitimateInterests);
            if (string.IsNullOrWhiteSpace(transferView.Country) || (needsSafeguards && transferView.Safeguards is null && transferView.SafeguardsLink is null))
            {
                NoticeCompleteness.Report(bag, NoticeElements.Transfers, transfer.At, of,
                    $"the transfer to {transfer.Country}: the country, the ground and where to obtain a copy of the safeguards",
                    "Add 'safeguards:' (how to obtain a copy) or 'safeguards_url:' to the transfer.");
            }
        }

        if (string.IsNullOrWhiteSpace(view.Retention))
        {
            NoticeCompleteness.Report(bag, NoticeElements.Retention, activity.LocationOf("retention"), of,
                "how long the data is kept, or the criteria for it", "Add 'retention:' with a period (P3Y) or a criterion.");
        }

        if (activity.AutomatedDecisions is { IsNone: false } adm
            && (view.AutomatedDecisions is null || new[] { view.AutomatedDecisions.Logic, view.AutomatedDecisions.Significance, view.AutomatedDecisions.Consequences }.Any(string.IsNullOrWhiteSpace)))
        {
            NoticeCompleteness.Report(bag, NoticeElements.AutomatedDecisions, adm.At, of,
                "the logic, significance and consequences of the automated decision-making", "Fill in logic, significance and consequences in every language.");
        }
    }
}
