using Register.Diagnostics;

namespace Register.Validation.Checks;

/// <summary>
/// REG102: every language the register's documents are written in has a phrase book (the fixed wording of notices,
/// records and reports): one the tool ships (templates/i18n/) or one in the --templates folder. Reported at the
/// language in organisation.yaml or notices.yaml; a phrase book of your own that lacks keys is reported by the build at
/// that file (a --templates finding).
/// </summary>
public sealed class PhraseCoverage : IRegisterCheck
{
    private const string Prefix = "Register.Templates.i18n";

    private static readonly Lazy<IReadOnlySet<string>> Shipped = new(() => typeof(PhraseCoverage).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n[(Prefix.Length + 1)..^".yaml".Length])
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>The languages the tool ships a phrase book for.</summary>
    public static IReadOnlySet<string> BuiltInLanguages => Shipped.Value;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var organisation = context.Register.Organisation;
        var known = context.Vocabulary.Languages;
        for (var i = 0; i < organisation.Languages.Count; i++)
        {
            var language = organisation.Languages[i];
            // An invalid code is REG035; a code given twice needs saying once.
            if (known.ContainsKey(language) && !organisation.Languages.Take(i).Contains(language) && !context.PhraseLanguages.Contains(language))
            {
                yield return Rules.PhraseMissing.At(organisation.LocationOfItem(nameof(organisation.Languages), i),
                    $"There is no phrase book for language '{language}' (the tool has {string.Join(", ", BuiltInLanguages.Order(StringComparer.Ordinal))}), so no document can be written in it.",
                    $"Remove '{language}', or translate templates/i18n/en.yaml into i18n/{language}.yaml in a templates folder and pass it with --templates (to validate as well as build).");
            }
        }
    }
}
