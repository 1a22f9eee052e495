using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks.Completeness;

/// <summary>
/// REG106, REG110, REG112–REG117, REG119–REG123: every notice, in each of its languages, can show every Art. 13/14
/// element that applies to the activities it covers. Judged on the register itself (the views assume it): an applicable
/// element with nothing to show is an error at the key that must be written. Where an earlier rule already names the
/// same gap at the same key (REG094 for the privacy contact, REG096 for a section that lists nothing, a reference that
/// resolves to nothing), this check stays quiet rather than say it twice; and a gap at one key is reported once, for the
/// first notice and language that needs it.
/// </summary>
public sealed class NoticeElementsShown : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var found = new List<Diagnostic>();
        var register = context.Register;
        foreach (var notice in register.Notices)
        {
            Sections(found, notice, context);
            var covered = Views.NoticeCoverage.Activities(notice, register);
            foreach (var language in Views.NoticeCoverage.Languages(notice, register).Where(context.Languages.Contains).Distinct(StringComparer.Ordinal))
            {
                var where = $"notice '{notice.Id}' ({language})";
                Controller(found, context, where, language);
                foreach (var activity in covered)
                {
                    ActivityElements.Check(found, activity, context, where, language);
                }
            }
        }

        // An activity in several notices, a notice in several languages: one gap at one key is said once, for the first.
        return found.DistinctBy(d => (d.Code, d.At)).ToList();
    }

    internal static void Report(List<Diagnostic> found, NoticeElement element, SourceLocation at, string where, string what, string fix) =>
        found.Add(element.Rule.At(at, $"The {where} must show {what} (Art. {Articles(element)} GDPR), but there is nothing to show.", fix));

    /// <summary>True when <paramref name="text"/> has a non-blank version in <paramref name="language"/>.</summary>
    internal static bool Has(LocalizedText? text, string language) => !string.IsNullOrWhiteSpace(text?.Get(language));

    private static void Sections(List<Diagnostic> found, Notice notice, CheckContext context)
    {
        foreach (var section in notice.Sections)
        {
            // A section that lists nothing is REG096; one whose ids name nothing is REG023/REG029.
            var listsSomething = section.Audiences.Count > 0 || section.Activities.Count > 0;
            var resolves = section.Audiences.All(context.AudiencesById.ContainsKey) && section.Activities.All(context.ActivitiesById.ContainsKey);
            if (listsSomething && resolves && !context.SomeFileUnreadable && Views.NoticeCoverage.Activities(section, context.Register).Count == 0)
            {
                found.Add(Rules.NoticeEmpty.At(section.LocationOf(section.Audiences.Count > 0 ? nameof(section.Audiences) : nameof(section.Activities)),
                    $"Section '{section.Id}' of notice '{notice.Id}' covers no activities, so it would be empty: no activity belongs to its audiences ({string.Join(", ", section.Audiences)}).",
                    "List activity ids under 'activities', or audiences under 'audiences' that activities belong to."));
            }
        }
    }

    private static void Controller(List<Diagnostic> found, CheckContext context, string where, string language)
    {
        var organisation = context.Register.Organisation;
        var contacts = organisation.Contacts;
        if (string.IsNullOrWhiteSpace(organisation.Name))
        {
            Report(found, NoticeElements.Controller, organisation.LocationOf(nameof(organisation.Name)), where,
                "the controller's name and a way to contact them", "Write the organisation's legal name after 'name:' in organisation.yaml.");
        }

        // REG094 names an unreachable privacy contact that is written; here only the one that is not written at all.
        var privacyWritten = contacts.At.File is not null && contacts.Privacy.At.File is not null;
        if (!privacyWritten && !Reachable(contacts.Privacy))
        {
            Report(found, NoticeElements.Controller, contacts.At.File is null ? organisation.At : contacts.At, where,
                "the controller's name and a way to contact them", "Add 'contacts:' with 'privacy:' and its email, phone, web page or address to organisation.yaml.");
        }

        var authority = organisation.SupervisoryAuthority;
        var builtIn = authority.Id is { Length: > 0 } id ? context.Vocabulary.FindAuthority(id) : null;
        var unknownId = authority.Id is { Length: > 0 } && builtIn is null;
        var name = authority.Name ?? builtIn?.Name;
        var hasWhere = (authority.Address ?? builtIn?.Address) is not null || !string.IsNullOrWhiteSpace(authority.Url ?? builtIn?.Url);
        // An unknown id is REG031; an authority without id, name or address that is written is REG095.
        var reportedElsewhere = unknownId || (authority.At.File is not null && string.IsNullOrWhiteSpace(authority.Id) && (Blank.Text(authority.Name) || authority.Address is null));
        if (!reportedElsewhere && (!Has(name, language) || !hasWhere))
        {
            Report(found, NoticeElements.Complaint, organisation.LocationOf(nameof(organisation.SupervisoryAuthority)), where,
                "the supervisory authority to complain to, with its address",
                $"Use a built-in authority id such as nl-ap, or give the authority's name in '{language}' and its address or web page.");
        }
    }

    private static bool Reachable(ContactPoint contact) =>
        !string.IsNullOrWhiteSpace(contact.Email) || !string.IsNullOrWhiteSpace(contact.Phone)
        || !string.IsNullOrWhiteSpace(contact.Url) || contact.Address is not null;

    private static string Articles(NoticeElement element) =>
        element.Article13 == element.Article14 ? element.Article13
        : element.Article13 == "-" ? element.Article14
        : element.Article14 == "-" ? element.Article13
        : $"{element.Article13}, {element.Article14}";
}
