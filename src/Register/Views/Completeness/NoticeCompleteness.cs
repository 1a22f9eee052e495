using Register.Diagnostics;
using Register.Model;
using Register.Views.Localization;

namespace Register.Views.Completeness;

/// <summary>
/// Checks that a resolved notice shows every Art. 13/14 element that applies to the activities it covers; an applicable
/// element with nothing to show is an error at the notice or activity, so no incomplete notice is published.
/// </summary>
public static class NoticeCompleteness
{
    public static void Check(Notice notice, NoticeView view, NoticeContext context)
    {
        var bag = context.Diagnostics;
        var register = context.Register;
        var organisation = register.Organisation;
        var language = context.Language;
        var where = $"notice '{notice.Id}' ({language})";

        foreach (var (section, sectionView) in notice.Sections.Zip(view.Sections))
        {
            if (sectionView.Activities.Count == 0)
            {
                bag.Report(Rules.NoticeEmpty, section.At,
                    $"Section '{section.Id}' of notice '{notice.Id}' covers no activities, so it would be empty.",
                    "List activity ids under 'activities', or audiences under 'audiences' that activities belong to.");
            }
        }

        if (string.IsNullOrWhiteSpace(view.Controller.Organisation.Name) || !view.Controller.Privacy.IsReachable)
        {
            Report(bag, NoticeElements.Controller, organisation.LocationOf("contacts"), where,
                "the controller's name and a way to contact them", "Give the organisation's name and an email, phone, web page or address under contacts.privacy.");
        }

        if (organisation.Contacts.Dpo is { } dpo && view.Controller.Dpo is not { IsReachable: true })
        {
            Report(bag, NoticeElements.Dpo, dpo.At, where,
                "the contact details of the data protection officer", "Give the DPO's email, phone, web page or address.");
        }

        CheckRights(notice, view, bag, where);
        CheckObjection(notice, view, bag, where, NoticeCoverage.Activities(notice, register));

        if (string.IsNullOrWhiteSpace(view.Complaint.Authority.Name) || (view.Complaint.Authority.AddressLine is null && view.Complaint.Authority.Url is null))
        {
            Report(bag, NoticeElements.Complaint, organisation.LocationOf("supervisory_authority"), where,
                "the supervisory authority to complain to, with its address", "Use a built-in authority id such as nl-ap, or give the authority's name and address.");
        }

        var views = view.Sections.SelectMany(s => s.Activities).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var activity in NoticeCoverage.Activities(notice, register))
        {
            if (views.TryGetValue(activity.Id, out var activityView))
            {
                ActivityCompleteness.Check(activity, activityView, view, context, where);
            }
        }
    }

    private static void CheckRights(Notice notice, NoticeView view, DiagnosticBag bag, string where)
    {
        string[] always = ["access", "rectification", "erasure", "restriction"];
        var missing = always.Where(r => view.Rights.All(v => v.Id != r || string.IsNullOrWhiteSpace(v.Description))).ToList();
        if (missing.Count > 0)
        {
            Report(bag, NoticeElements.Rights, notice.At, where,
                $"the data subject's rights ({string.Join(", ", missing)})", "Restore the rights in the built-in vocabulary or in the rights partial of your templates.");
        }
    }

    private static void CheckObjection(Notice notice, NoticeView view, DiagnosticBag bag, string where, IReadOnlyList<ProcessingActivity> covered)
    {
        var general = covered.Any(a => a.Purposes.Any(p => GdprProvisions.CarriesObjection(p.Basis)));
        var marketing = covered.Any(a => a.Purposes.Any(p => p.DirectMarketing));
        if ((general && string.IsNullOrWhiteSpace(view.Objection?.General)) || (marketing && string.IsNullOrWhiteSpace(view.Objection?.DirectMarketing)))
        {
            Report(bag, NoticeElements.Objection, notice.At, where,
                "the separate paragraph on the right to object (its activities rest on public task or legitimate interests, or serve direct marketing)",
                "Keep the objection partial in your templates; it must be shown separately from other information.");
        }
    }

    internal static void Report(DiagnosticBag bag, NoticeElement element, SourceLocation at, string where, string what, string fix) =>
        bag.Report(element.Rule, at,
            $"The {where} must show {what} (Art. {Articles(element)} GDPR), but there is nothing to show.",
            fix);

    private static string Articles(NoticeElement element) =>
        element.Article13 == element.Article14 ? element.Article13
        : element.Article13 == "-" ? element.Article14
        : element.Article14 == "-" ? element.Article13
        : $"{element.Article13}, {element.Article14}";
}
