using Register.Diagnostics;
using Register.Loading.Yaml;
using Register.Views.Localization;

namespace Register.Rendering;

/// <summary>
/// Reads the phrase books of a build: templates/i18n/&lt;lang&gt;.yaml, with an organisation's file of the same name merged
/// over it key by key. A language is usable only when its book has every key the English book has.
/// </summary>
public static class PhraseFiles
{
    /// <summary>The language whose built-in book defines the full set of keys.</summary>
    public const string ReferenceLanguage = "en";

    // Number and ordinal words are optional: digits are used where a language has none.
    private static readonly string[] OptionalPrefixes = ["numbers.", "ordinals."];

    /// <summary>Reads the phrase files of the requested languages; problems become diagnostics. A build calls this once.</summary>
    public static PhraseLibrary Load(TemplateSource source, IEnumerable<string> languages, DiagnosticBag diagnostics)
    {
        Interlocked.Increment(ref source.PhraseLoads);
        var reference = Read(source.FindBuiltIn(PathOf(ReferenceLanguage))!, diagnostics) ?? [];
        var books = new Dictionary<string, PhraseBook>(StringComparer.Ordinal);
        foreach (var language in languages.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var path = PathOf(language);
            var builtIn = source.FindBuiltIn(path);
            var own = source.FindOverride(path);
            if (builtIn is null && own is null)
            {
                diagnostics.Report(Rules.PhraseMissing, SourceLocation.OfFile("templates/i18n/"),
                    $"There is no phrase file for language '{language}', so documents in that language cannot be written.",
                    $"Copy templates/i18n/en.yaml to i18n/{language}.yaml in your --templates folder and translate the texts.");
                continue;
            }

            var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
            var complete = true;
            foreach (var file in new[] { builtIn, own })
            {
                if (file is null)
                {
                    continue;
                }

                var read = Read(file, diagnostics);
                complete &= read is not null;
                foreach (var (key, text) in read ?? [])
                {
                    phrases[key] = text;
                }
            }

            var missing = reference.Keys
                .Where(k => !phrases.ContainsKey(k) && !OptionalPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (missing.Count > 0)
            {
                var shown = (own ?? builtIn)!.DisplayPath;
                diagnostics.Report(Rules.PhraseMissing, SourceLocation.OfFile(shown),
                    $"The phrase file for '{language}' lacks {missing.Count} text(s): {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", …" : "")}.",
                    "Add these keys with their text in this language; templates/i18n/en.yaml shows every key.");
                complete = false;
            }

            if (complete)
            {
                books[language] = new PhraseBook(language, phrases);
            }
        }

        return new PhraseLibrary(books);
    }

    private static string PathOf(string language) => $"i18n/{language}.yaml";

    private static Dictionary<string, string>? Read(TemplateFile file, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var root = SafeYamlReader.Read(file.DisplayPath, file.Content, YamlLimits.Default, local);
        diagnostics.AddRange(local.ToSortedList());
        if (root is not YMapping mapping)
        {
            if (root is not null)
            {
                diagnostics.Report(Rules.PhraseFileError, root.At,
                    "A phrase file must be a mapping of keys to texts.", "Write 'key: text' lines, grouped under headings as in templates/i18n/en.yaml.");
            }

            return local.HasErrors || root is not null ? null : [];
        }

        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = Flatten(mapping, "", phrases, diagnostics);
        return ok && !local.HasErrors ? phrases : null;
    }

    private static bool Flatten(YMapping mapping, string prefix, Dictionary<string, string> phrases, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var entry in mapping.Entries)
        {
            var key = prefix + entry.Key.Value;
            switch (entry.Value)
            {
                case YMapping nested:
                    ok &= Flatten(nested, key + ".", phrases, diagnostics);
                    break;
                case YScalar { IsNull: false } scalar:
                    phrases[key] = scalar.Value;
                    break;
                default:
                    diagnostics.Report(Rules.PhraseFileError, entry.Value.At,
                        $"The phrase '{key}' must be a text or a group of texts, not {entry.Value.KindName}.",
                        "Write the text after the colon, in quotes if it contains a colon or starts with a brace.");
                    ok = false;
                    break;
            }
        }

        return ok;
    }
}
