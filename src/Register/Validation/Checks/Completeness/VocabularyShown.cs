using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks.Completeness;

/// <summary>
/// REG105, REG118: every vocabulary name a notice shows exists in each of its languages. The organisation's own terms are
/// texts of the register (REG033); this check is about the built-in ones (data categories, data subjects, recipient
/// categories, countries, the rights), which exist in the languages the tool ships. A gap is reported where the register
/// uses the term (or, for the rights every notice shows, at the language), never in the tool's own data files.
/// </summary>
public sealed class VocabularyShown : IRegisterCheck
{
    private static Vocabulary.Terminology BuiltIn => Vocabulary.Terminology.BuiltIn;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var found = new List<Diagnostic>();
        var register = context.Register;
        foreach (var notice in register.Notices)
        {
            var covered = Views.NoticeCoverage.Activities(notice, register);
            var languages = Views.NoticeCoverage.Languages(notice, register);
            for (var i = 0; i < languages.Count; i++)
            {
                var language = languages[i];
                if (!context.Languages.Contains(language))
                {
                    continue;
                }

                var at = notice.Languages.Count > 0
                    ? notice.LocationOfItem(nameof(notice.Languages), i)
                    : register.Organisation.LocationOfItem(nameof(register.Organisation.Languages), register.Organisation.Languages.ToList().IndexOf(language));
                Rights(found, context, notice, covered, language, at);
                foreach (var activity in covered)
                {
                    Activity(found, context, activity, language);
                }

                Countries(found, context, covered, language);
            }
        }

        return found.DistinctBy(d => (d.Code, d.At)).ToList();
    }

    private static void Rights(List<Diagnostic> found, CheckContext context, Notice notice, IReadOnlyList<ProcessingActivity> covered, string language, SourceLocation at)
    {
        var shown = Views.NoticeRights.Shown(Views.NoticeRights.Conditions(covered));
        var unnamed = context.Vocabulary.Rights
            .Where(r => shown.Contains(r.Id) && !(NoticeElementsShown.Has(r.Label, language) && NoticeElementsShown.Has(r.Description, language)))
            .Select(r => r.Id)
            .ToList();
        if (unnamed.Count > 0)
        {
            found.Add(Rules.ElementRights.At(at,
                $"The notice '{notice.Id}' ({language}) must show the data subject's rights (Art. 13(2)(b), 14(2)(c) GDPR), but the tool has no '{language}' wording for {string.Join(", ", unnamed)}.",
                $"Render the notice in a language the tool has wording for ({string.Join(", ", BuiltInRightLanguages(context))}), or remove '{language}' here."));
        }
    }

    private static void Activity(List<Diagnostic> found, CheckContext context, ProcessingActivity activity, string language)
    {
        var vocabulary = context.Vocabulary;
        for (var i = 0; i < activity.DataSubjects.Count; i++)
        {
            Term(found, vocabulary.DataSubjects, BuiltIn.DataSubjects, activity.DataSubjects[i], activity.LocationOfItem(nameof(activity.DataSubjects), i), "data-subject category", language);
        }

        foreach (var use in activity.DataCategories)
        {
            Term(found, vocabulary.DataCategories, BuiltIn.DataCategories, use.Category, use.LocationOf(nameof(use.Category)), "data category", language);
        }

        foreach (var id in activity.Recipients)
        {
            if (context.RecipientsById.TryGetValue(id, out var recipient))
            {
                Term(found, vocabulary.RecipientCategories, BuiltIn.RecipientCategories, recipient.Category, recipient.LocationOf(nameof(recipient.Category)), "recipient category", language);
            }
        }
    }

    private static void Countries(List<Diagnostic> found, CheckContext context, IReadOnlyList<ProcessingActivity> covered, string language)
    {
        var organisation = context.Register.Organisation;
        var contacts = organisation.Contacts;
        var addresses = new List<PostalAddress?> { organisation.Address, contacts.Privacy.Address, contacts.Dpo?.Address, contacts.EuRepresentative?.Address, organisation.SupervisoryAuthority.Address };
        var places = addresses.OfType<PostalAddress>().Select(a => ((ModelNode)a, (string?)a.Country)).ToList();
        foreach (var activity in covered)
        {
            foreach (var id in activity.Recipients.Concat(activity.Transfers.Select(t => t.Recipient)))
            {
                if (context.RecipientsById.TryGetValue(id, out var recipient))
                {
                    places.Add((recipient, recipient.Country));
                    if (recipient.Address is { } address)
                    {
                        places.Add((address, address.Country));
                    }
                }
            }

            places.AddRange(activity.Transfers.Select(t => ((ModelNode)t, t.Country)));
            foreach (var id in activity.Controllers)
            {
                if (context.GroupEntitiesById.TryGetValue(id, out var entity) && entity.Address is { } address)
                {
                    places.Add((address, address.Country));
                }
            }
        }

        foreach (var (owner, code) in places)
        {
            // An unknown code is REG040; a known country without a name in this language is a gap in the tool's data.
            if (code is { Length: > 0 } && context.Vocabulary.FindCountry(code.Trim()) is { } country && !NoticeElementsShown.Has(country.Name, language))
            {
                found.Add(Rules.NoticeTextMissing.At(owner.LocationOf("country"),
                    $"The notice in '{language}' must name country '{code}', but the tool has no '{language}' name for it.",
                    $"Render the notice in a language the tool names countries in ({string.Join(", ", country.Name.Values.Keys.Order(StringComparer.Ordinal))}), or remove '{language}' from its languages."));
            }
        }
    }

    private static void Term(List<Diagnostic> found, IReadOnlyDictionary<string, VocabularyTerm> terms, IReadOnlyDictionary<string, VocabularyTerm> builtIn, string id, SourceLocation at, string what, string language)
    {
        // An unknown id is REG025–REG027; the organisation's own terms are texts of the register (REG033).
        if (terms.TryGetValue(id, out var term) && builtIn.TryGetValue(id, out var shipped) && ReferenceEquals(term, shipped)
            && !NoticeElementsShown.Has(term.Label, language))
        {
            found.Add(Rules.NoticeTextMissing.At(at,
                $"The notice in '{language}' must name the {what} '{id}', but the built-in term has no '{language}' name.",
                $"Define a {what} of your own in vocabulary.yaml (e.g. '{id}-own') with a '{language}' label and use it here, or remove '{language}' from the notice's languages."));
        }
    }

    private static IEnumerable<string> BuiltInRightLanguages(CheckContext context) =>
        context.Vocabulary.Rights.SelectMany(r => r.Label.Values.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
