using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG033, REG034: every reader-facing text is there in each of the register's languages, and only in those.</summary>
public sealed class TextLanguages : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var declared = context.Languages;
        if (declared.Count == 0)
        {
            // Without valid languages every text would be reported; REG035/REG037 say what to fix instead.
            yield break;
        }

        foreach (var (text, key, owner, someLanguages, _) in context.Texts)
        {
            if (Blank.Text(text))
            {
                // Automated decision-making has its own rule for an empty explanation (REG078).
                if (owner is not AutomatedDecisionMaking)
                {
                    yield return Rules.MissingTranslation.At(text.At,
                        $"The '{key}' text is empty; the register is written in {string.Join(", ", declared)}.",
                        $"Write the text on lines '{declared[0]}: …' (one per language) under '{key}:'.");
                }

                continue;
            }

            // Plain text is the same in every language; a text of some languages names only where it differs, and each
            // language it names must have words (an empty record version printed "- : art. 6 ..." in the Art. 30 record).
            IEnumerable<string> languages = text.Invariant is not null ? [] : someLanguages ? declared.Where(text.Values.ContainsKey) : declared;
            foreach (var language in languages)
            {
                var value = text.Get(language);
                if (value is null)
                {
                    yield return Rules.MissingTranslation.At(text.At,
                        $"The '{key}' text has no '{language}' version; the register is written in {string.Join(", ", declared)}.",
                        $"Add a line '{language}: …' with the text in that language.");
                }
                else if (string.IsNullOrWhiteSpace(value))
                {
                    yield return Rules.MissingTranslation.At(text.LocationOf(language),
                        $"The '{language}' version of the '{key}' text is empty.",
                        someLanguages
                            ? $"Write the text in '{language}' after '{language}:', or remove the line to use the text it stands in for."
                            : $"Write the text in '{language}' after '{language}:'.");
                }
            }

            foreach (var language in text.Values.Keys.Where(l => !declared.Contains(l)).Order(StringComparer.Ordinal))
            {
                yield return Rules.UndeclaredLanguage.At(text.LocationOf(language),
                    $"The '{key}' text has a '{language}' version, but '{language}' is not one of the register's languages ({string.Join(", ", declared)}); it is never shown.",
                    $"Add '{language}' to 'languages' in organisation.yaml, or remove this line (check the language code for a typo).");
            }
        }
    }
}
