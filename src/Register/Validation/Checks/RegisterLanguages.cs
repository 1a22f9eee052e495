using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG035–REG037: the register declares its languages as ISO 639-1 codes, and notices use only those.</summary>
public sealed class RegisterLanguages : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var organisation = context.Register.Organisation;
        var known = context.Vocabulary.Languages;
        if (organisation.Languages.Count == 0 && organisation.Locations.ContainsKey("languages"))
        {
            yield return Rules.NoLanguages.At(organisation.LocationOf(nameof(organisation.Languages)),
                "The register declares no languages, so no text can be checked or shown.",
                "List the languages the register is written in, e.g. 'languages: [nl, de, en]'.");
        }

        for (var i = 0; i < organisation.Languages.Count; i++)
        {
            if (Invalid(organisation.Languages[i], known) is { } diagnostic)
            {
                yield return Rules.InvalidLanguageCode.At(organisation.LocationOfItem(nameof(organisation.Languages), i), diagnostic.Message, diagnostic.Fix);
            }
        }

        foreach (var notice in context.Register.Notices)
        {
            for (var i = 0; i < notice.Languages.Count; i++)
            {
                var language = notice.Languages[i];
                if (!context.Languages.Contains(language))
                {
                    yield return Rules.NoticeLanguageNotDeclared.At(notice.LocationOfItem(nameof(notice.Languages), i),
                        $"Notice '{notice.Id}' is to be rendered in '{language}', but the register is written in {string.Join(", ", context.Languages)}; its texts have no '{language}' version.",
                        $"Use one of {string.Join(", ", context.Languages)}, or add '{language}' to 'languages' in organisation.yaml and write every text in it.");
                }
            }
        }
    }

    private static (string Message, string Fix)? Invalid(string code, IReadOnlyDictionary<string, Vocabulary.LanguageTerm> known)
    {
        if (known.ContainsKey(code))
        {
            return null;
        }

        var suggestion = Suggestions.Closest(code.ToLowerInvariant(), known.Keys);
        return ($"'{code}' is not an ISO 639-1 language code.",
            suggestion is not null && known.ContainsKey(code.ToLowerInvariant())
                ? $"Write it in lowercase: '{code.ToLowerInvariant()}'."
                : "Use a two-letter lowercase code such as nl, de, en or fr.");
    }
}
