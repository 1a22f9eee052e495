using NodaTime;
using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>
/// The parts of a layered notice made from the activities it covers: the first layer, the recipients part (each
/// recipient once), the retention table and how to exercise the rights. They only restate what the register says.
/// </summary>
public static class NoticeSummaryBuilder
{
    public static NoticeSummaryView Summary(
        ControllerView controller,
        IReadOnlyList<ActivityView> activities,
        IReadOnlyList<RightView> rights,
        ComplaintView complaint,
        IReadOnlyList<ProcessingActivity> covered,
        NoticeContext context)
    {
        var phrases = context.Phrases;
        var organisation = controller.Organisation;
        var recipients = activities.SelectMany(a => a.Recipients).ToList();
        var countries = activities.SelectMany(a => a.Transfers).Select(t => t.Country).Distinct(StringComparer.Ordinal).ToList();
        return new NoticeSummaryView
        {
            Controller = organisation.AddressLine is { } address ? $"{organisation.Name}, {address}" : organisation.Name ?? "",
            Contact = controller.Privacy,
            Activities = activities
                // Without a summary the purposes stand after the colon: a fragment, so no capital ("Bestellingen: om uw bestelling te leveren.").
                .Select(a => new SummaryLineView(a.Anchor, a.Name, a.Summary ?? string.Join("; ", a.Purposes.Select(p => ListWords.Item(p.Description, phrases))) + "."))
                .ToList(),
            Retention = RetentionRange(covered, phrases),
            Recipients = recipients.Count == 0 ? null : phrases.Format("notice.summary_recipients", ("recipients", RecipientsByRole(recipients, phrases))),
            Transfers = countries.Count == 0 ? null : phrases.Format("notice.summary_transfers", ("countries", ListWords.And(countries, phrases))),
            Rights = phrases.Format("notice.summary_rights", ("rights", ListWords.And(rights.Select(r => phrases.Get("notice.right_short." + r.Id)).ToList(), phrases))),
            HowToUseRights = phrases.Get("notice.summary_how"),
            Complaint = complaint.Authority.Name is { Length: > 0 } authority
                ? phrases.Format("notice.summary_complaint", ("authority", ListWords.InSentence(authority, phrases)))
                : null,
        };
    }

    /// <summary>Every recipient of the activities once, in the order they first appear, with the activities that name it.</summary>
    public static IReadOnlyList<NoticeRecipientView> Recipients(IReadOnlyList<ActivityView> activities)
    {
        var order = new List<RecipientView>();
        var named = new Dictionary<string, List<ActivityLinkView>>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            foreach (var recipient in activity.Recipients)
            {
                if (!named.TryGetValue(recipient.Id, out var links))
                {
                    links = [];
                    named.Add(recipient.Id, links);
                    order.Add(recipient);
                }

                links.Add(new ActivityLinkView(activity.Anchor, activity.Name));
            }
        }

        return order.Select(r => new NoticeRecipientView(r, named[r.Id])).ToList();
    }

    /// <summary>One row per activity, then one per purpose and data category with a period of its own.</summary>
    public static IReadOnlyList<RetentionRowView> RetentionTable(IReadOnlyList<ActivityView> activities) =>
        activities
            .SelectMany(a => a.CategoryRetentionRows
                .Select(c => new RetentionRowView(a.Anchor, a.Name, c.Category, c.Retention))
                .Prepend(new RetentionRowView(a.Anchor, a.Name, null, a.Retention)))
            .ToList();

    public static ExerciseRightsView ExerciseRights(ControllerView controller, NoticeContext context)
    {
        var phrases = context.Phrases;
        // Requests go to the contact the register names for them, else to the privacy contact.
        var requests = context.Register.Organisation.Contacts.Requests;
        return new ExerciseRightsView(
            phrases.Get(requests is null ? "notice.exercise_how" : "notice.exercise_how_requests"),
            requests is null ? controller.Privacy : ContactWords.Contact(requests, null, context),
            phrases.Format("notice.exercise_free", ("citation", context.Cite(GdprProvisions.FreeOfCharge))),
            phrases.Format("notice.exercise_deadline", ("citation", context.Cite(GdprProvisions.RequestDeadline))),
            phrases.Format("notice.exercise_refusal", ("citation", context.Cite(GdprProvisions.RequestRefused))),
            phrases.Format("notice.exercise_identity", ("citation", context.Cite(GdprProvisions.IdentityCheck))));
    }

    // The kinds of recipient by role, each with up to three of its categories as examples: short enough for one line.
    private static string RecipientsByRole(IReadOnlyList<RecipientView> recipients, PhraseBook phrases)
    {
        string[] roles = ["processor", "internal", "independent_controller", "joint_controller", "public_authority"];
        var parts = new List<string>();
        foreach (var role in roles)
        {
            // "kaartschema's (zoals Visa en Mastercard)" → "kaartschema's": the examples already stand in brackets.
            var key = "notice.summary_role." + role;
            var roleName = RoleName(phrases, key);
            var all = recipients.Where(r => r.Role == role)
                .Select(r => r.Category.IndexOf(" (", StringComparison.Ordinal) is > 0 and var cut && r.Category.EndsWith(')') ? r.Category[..cut] : r.Category)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (all.Count == 0)
            {
                continue;
            }

            // A category named like the role is no example of it: "overheidsinstanties (rechtbanken en belastingdienst)",
            // never "overheidsinstanties (rechtbanken, belastingdienst en overheidsinstanties)".
            var categories = all.Where(c => !string.Equals(c, roleName, StringComparison.OrdinalIgnoreCase)).ToList();
            if (categories.Count == 0)
            {
                parts.Add(roleName ?? all[0]);
                continue;
            }

            var examples = categories.Count <= ExampleCount
                ? ListWords.And(categories, phrases)
                : phrases.Format("notice.summary_examples", ("examples", ListWords.And(categories.Take(ExampleCount).ToList(), phrases)));
            parts.Add(phrases.Format(key, ("examples", examples)));
        }

        return ListWords.And(parts, phrases);
    }

    private const int ExampleCount = 3;

    // The words of a role phrase before its bracketed examples ("overheidsinstanties" of "overheidsinstanties ({examples})").
    private static string? RoleName(PhraseBook phrases, string key)
    {
        const string Marker = "\u0001";
        var text = phrases.Format(key, ("examples", Marker));
        var at = text.IndexOf(" (" + Marker, StringComparison.Ordinal);
        return at > 0 ? text[..at] : null;
    }

    // The shortest and longest period the register gives, as written (P18M stays eighteen months); periods are compared
    // by their approximate length in days. Rules with only a criterion have no period to compare.
    private static string RetentionRange(IReadOnlyList<ProcessingActivity> covered, PhraseBook phrases)
    {
        var periods = covered
            .SelectMany(a => a.RetentionRules())
            .Select(r => r.Period?.Value)
            .OfType<Period>()
            .OrderBy(ApproximateDays)
            .ToList();
        if (periods.Count == 0)
        {
            return phrases.Get("notice.summary_retention_criteria");
        }

        var shortest = PeriodWords.Format(periods[0], phrases);
        var longest = PeriodWords.Format(periods[^1], phrases);
        return shortest == longest
            ? phrases.Format("notice.summary_retention_one", ("period", shortest))
            : phrases.Format("notice.summary_retention_range", ("shortest", shortest), ("longest", longest));
    }

    private static double ApproximateDays(Period period) =>
        (period.Years * 365.25) + (period.Months * 30.44) + (period.Weeks * 7) + period.Days + (period.Hours / 24.0);
}
