using Register.Instrumentation;
using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>Resolves one processing activity into what a notice in one language shows about it.</summary>
public static class ActivityViewBuilder
{
    /// <summary>The activity as a notice shows it, its part reached by <paramref name="anchor"/>; recipient anchors from <paramref name="anchors"/>.</summary>
    public static ActivityView Build(ProcessingActivity activity, NoticeContext context, string anchor, NoticeAnchors anchors)
    {
        WorkProbe.Count("views.notice-activity");
        var phrases = context.Phrases;
        var vocabulary = context.Vocabulary;
        var indirect = activity.Sources.Any(s => s.Kind is SourceKind.ThirdParty or SourceKind.Public);
        var direct = activity.Sources.Any(s => s.Kind == SourceKind.DataSubject);
        var categoryRetention = activity.DataCategories
            .Where(c => c.Retention is not null)
            .Select(c => new CategoryRetentionView(
                context.Label(vocabulary.DataCategories, c.Category, c, "category", "data category"),
                Retention(activity, c.Retention!, context)))
            .ToList();
        // A purpose with a retention of its own gets a row of its own, named by its description.
        var purposeRetention = activity.Purposes
            .Where(p => p.Retention is not null)
            .Select(p => new CategoryRetentionView(
                ListWords.Item(context.Text(p.Description, p, "description", $"the description of purpose '{p.Id}' of activity '{activity.Id}'"), phrases),
                Retention(activity, p.Retention!, context)))
            .ToList();
        return new ActivityView
        {
            Id = activity.Id,
            Anchor = anchor,
            Name = context.Text(activity.Name, activity, "name", $"the name of activity '{activity.Id}'"),
            Description = context.Optional(activity.Description, activity, "description", $"the description of activity '{activity.Id}'"),
            Summary = context.Optional(activity.Summary, activity, "summary", $"the summary of activity '{activity.Id}'"),
            Purposes = activity.Purposes.Select(p => Purpose(activity, p, context)).ToList(),
            SpecialCategories = activity.SpecialCategories is { } special ? SpecialCategories(activity, special, context) : null,
            CriminalData = activity.CriminalData is { } criminal
                ? phrases.Format("notice.criminal_data", ("law", context.Text(criminal.Law, criminal, "law", $"the Art. 10 basis of activity '{activity.Id}'")))
                : null,
            DataSubjects = ListWords.And(
                activity.DataSubjects.Select(id => context.Label(vocabulary.DataSubjects, id, activity, "data_subjects", "data-subject category")).ToList(),
                phrases),
            DataCategories = activity.DataCategories
                .Select(c => RetentionWords.Capitalise(context.Label(vocabulary.DataCategories, c.Category, c, "category", "data category")))
                .ToList(),
            Indirect = indirect,
            Sources = activity.Sources.Select(s => Source(activity, s, context)).ToList(),
            Provision = direct && activity.Provision is { } provision ? Provision(activity, provision, context) : null,
            Recipients = RecipientViews.For(activity, context, anchors),
            Transfers = RecipientViews.Transfers(activity, context),
            OnwardTransfers = RecipientViews.OnwardTransfers(activity, context),
            Retention = activity.Retention is { } rule ? Retention(activity, rule, context) : "",
            CategoryRetention = categoryRetention
                .Select(c => phrases.Format("notice.category_retention", ("category", c.Category), ("retention", c.Retention)))
                .ToList(),
            CategoryRetentionRows = [.. purposeRetention, .. categoryRetention],
            AutomatedDecisions = activity.AutomatedDecisions is { IsNone: false } adm ? AutomatedDecisions(activity, adm, context) : null,
            JointControllers = activity.Role == ActivityRole.JointController ? JointControllers(activity, context) : [],
            Exemption = activity.Exemption is { } exemption
                ? phrases.Format(
                    "notice.exemption",
                    ("citation", context.Cite(GdprProvisions.Exemption(exemption.Ground))),
                    ("explanation", context.Text(exemption.Explanation, exemption, "explanation", $"the exemption explanation of activity '{activity.Id}'")))
                : null,
        };
    }

    private static PurposeView Purpose(ProcessingActivity activity, Purpose purpose, NoticeContext context)
    {
        var phrases = context.Phrases;
        var what = $"purpose '{purpose.Id}' of activity '{activity.Id}'";
        var interest = purpose.Basis == LegalBasis.LegitimateInterests
            ? context.Optional(purpose.LegitimateInterest, purpose, "legitimate_interest", $"the legitimate interest of {what}")
            : null;
        var law = purpose.Basis is LegalBasis.LegalObligation or LegalBasis.PublicTask
            ? context.Optional(purpose.Law, purpose, "law", $"the law of {what}")
            : null;
        var basis = context.Vocabulary.Label(purpose.Basis, context.Language);
        var citation = context.Cite(GdprProvisions.Basis(purpose.Basis));
        // Alternative bases: each with when it applies, and what it requires (the interest, the law) as for the main one.
        var details = new List<string>();
        foreach (var alternative in purpose.Alternatives)
        {
            if (alternative.Basis == LegalBasis.LegitimateInterests && context.Optional(alternative.LegitimateInterest, alternative, "legitimate_interest", $"the legitimate interest of {what}") is { } more)
            {
                details.Add(phrases.Format("notice.legitimate_interest", ("interest", ListWords.AfterColon(more, phrases))));
            }

            if (alternative.Basis is LegalBasis.LegalObligation or LegalBasis.PublicTask && context.Optional(alternative.Law, alternative, "law", $"the law of {what}") is { } otherLaw)
            {
                details.Add(phrases.Format("notice.law", ("law", otherLaw)));
            }
        }

        return new PurposeView
        {
            Description = context.Text(purpose.Description, purpose, "description", $"the description of {what}"),
            Basis = basis,
            Citation = citation,
            Bases = purpose.Alternatives.Count == 0
                ? $"{basis} ({citation})"
                : string.Join(phrases.Get("notice.basis_or"), purpose.Alternatives
                    .Select(a => (Basis: a.Basis, When: context.Text(a.AppliesWhen, a, "applies_when", $"when an alternative basis of {what} applies")))
                    .Prepend((Basis: purpose.Basis, When: context.Optional(purpose.AppliesWhen, purpose, "applies_when", $"when the basis of {what} applies") ?? ""))
                    .Select(b => BasisWhen(b.Basis, b.When, context))),
            LegitimateInterest = interest is null ? null : phrases.Format("notice.legitimate_interest", ("interest", ListWords.AfterColon(interest, phrases))),
            Law = law is null ? null : phrases.Format("notice.law", ("law", law)),
            Details = details,
            Withdrawal = purpose.Basis == LegalBasis.Consent
                ? context.Optional(purpose.Withdrawal, purpose, "withdrawal", $"how to withdraw consent for {what}")
                : null,
            DirectMarketing = purpose.DirectMarketing,
        };
    }

    // "toestemming (art. 6 lid 1 sub a AVG), als u nog geen klant bent".
    private static string BasisWhen(LegalBasis basis, string when, NoticeContext context)
    {
        var named = $"{context.Vocabulary.Label(basis, context.Language)} ({context.Cite(GdprProvisions.Basis(basis))})";
        return when.Length == 0 ? named : $"{named}, {ListWords.Item(when.Trim().TrimEnd('.'), context.Phrases)}";
    }

    private static string SpecialCategories(ProcessingActivity activity, SpecialCategoryCondition special, NoticeContext context)
    {
        var sentence = context.Phrases.Format(
            "notice.special_categories",
            ("citation", context.Cite(GdprProvisions.Condition(special.Condition))),
            ("condition", context.Vocabulary.Label(special.Condition, context.Language)));
        var explanation = context.Optional(special.Explanation, special, "explanation", $"the Art. 9 explanation of activity '{activity.Id}'");
        return explanation is null ? sentence : sentence + " " + explanation;
    }

    private static SourceView Source(ProcessingActivity activity, DataSource source, NoticeContext context)
    {
        var kind = Naming.ToYamlKey(source.Kind.ToString());
        var named = context.Optional(source.Name, source, "name", $"the name of a source of activity '{activity.Id}'");
        var text = RetentionWords.Capitalise(named ?? context.Phrases.Get("source." + kind));
        var isPublic = source.PubliclyAccessible || source.Kind == SourceKind.Public;
        return new SourceView(isPublic ? text + " " + context.Phrases.Get("notice.public_source") : text, isPublic);
    }

    // Each requirement with its own consequences: "U bent niet verplicht … Zonder … U bent wettelijk verplicht uw fiscaal nummer te verstrekken. Zonder …".
    private static string Provision(ProcessingActivity activity, ProvisionRequirement provision, NoticeContext context)
    {
        var what = $"the consequences of not providing data for activity '{activity.Id}'";
        var sentences = new List<string> { context.Phrases.Get("provision." + Naming.ToYamlKey(provision.Requirement.ToString())) };
        sentences.AddRange(context.Optional(provision.Consequences, provision, "consequences", what) is { } consequences ? [consequences] : []);
        foreach (var further in provision.Also)
        {
            var data = context.Text(further.Data, further, "data", $"the data of a further requirement of activity '{activity.Id}'");
            sentences.Add(context.Phrases.Format("provision_data." + Naming.ToYamlKey(further.Requirement.ToString()), ("data", data)));
            sentences.AddRange(context.Optional(further.Consequences, further, "consequences", what) is { } more ? [more] : []);
        }

        return string.Join(" ", sentences);
    }

    private static string Retention(ProcessingActivity activity, RetentionRule rule, NoticeContext context)
    {
        // Resolved only to report translations missing in this language; RetentionWords reads the texts itself.
        var what = $"the retention of activity '{activity.Id}'";
        context.Optional(rule.RunsFrom, rule, "runs_from", $"the event {what} runs from");
        context.Optional(rule.ThenNote, rule, "then_note", $"the note on {what}");
        context.Optional(rule.Criterion, rule, "criterion", $"the criterion of {what}");
        context.Optional(rule.KeptAfter?.Reason, (ModelNode?)rule.KeptAfter ?? rule, "reason", $"why data are kept after {what}");
        return RetentionWords.Describe(rule, context.Phrases, b => $"{context.Vocabulary.Label(b, context.Language)}, {context.Cite(GdprProvisions.Basis(b))}");
    }

    private static AutomatedDecisionView AutomatedDecisions(ProcessingActivity activity, AutomatedDecisionMaking adm, NoticeContext context)
    {
        var what = $"automated decision-making of activity '{activity.Id}'";
        return new AutomatedDecisionView(
            adm.Profiling ? context.Phrases.Get("notice.automated_profiling") : null,
            context.Text(adm.Logic, adm, "logic", $"the logic of {what}"),
            context.Text(adm.Significance, adm, "significance", $"the significance of {what}"),
            context.Text(adm.Consequences, adm, "consequences", $"the consequences of {what}"));
    }

    private static IReadOnlyList<JointControllerView> JointControllers(ProcessingActivity activity, NoticeContext context)
    {
        var views = new List<JointControllerView>();
        foreach (var id in activity.Controllers)
        {
            if (context.Register.Organisation.GroupEntities.FirstOrDefault(g => g.Id == id) is { } entity)
            {
                views.Add(new JointControllerView(
                    entity.Name,
                    entity.Address is null ? null : ContactWords.Line(entity.Address, context),
                    context.Optional(entity.Arrangement, entity, "arrangement", $"the arrangement with '{entity.Id}'")));
            }
            else if (context.Register.Recipients.FirstOrDefault(r => r.Id == id) is { } recipient)
            {
                views.Add(new JointControllerView(
                    recipient.LegalEntity ?? context.Text(recipient.Name, recipient, "name", $"the name of recipient '{recipient.Id}'"),
                    recipient.Address is null ? null : ContactWords.Line(recipient.Address, context),
                    null));
            }
        }

        return views;
    }
}
