using Register.Diagnostics;
using Register.Instrumentation;
using Register.Loading;

namespace Register.Validation;

/// <summary>Loads a register folder and checks it: the one call the CLI and the build make before anything else.</summary>
public static class RegisterValidation
{
    // Loader problems after which a file gives no content at all.
    private static readonly HashSet<string> UnreadableFileCodes = new(
        new[]
        {
            Rules.YamlSyntax, Rules.FileTooLarge, Rules.NestingTooDeep, Rules.TooManyNodes, Rules.InvalidEncoding,
            Rules.ControlCharacter, Rules.TabIndentation, Rules.EmptyFile, Rules.AliasNotAllowed,
        }.Select(r => r.Code),
        StringComparer.Ordinal);

    /// <summary>Loads and validates the register in <paramref name="directory"/>. Throws only for I/O failures.</summary>
    public static ValidationReport Run(string directory, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        WorkProbe.Count("validation.run");
        var loaded = RegisterLoader.Load(directory, options.Load);
        var vocabulary = loaded.Register is { } read
            ? Vocabulary.Terminology.BuiltIn.With(read.Vocabulary)
            : Vocabulary.Terminology.BuiltIn;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        IReadOnlyList<Diagnostic>? documentFindings = null;

        // Rules need organisation.yaml (languages, audiences); without it they would only add noise.
        if (loaded.Register is { } register)
        {
            // Never the clock: without --today, dates are judged as of the register's own version date, so the same
            // register gives the same verdict (and the same documents) on any day.
            var today = options.Today ?? register.Organisation.VersionDate;
            var asOf = options.AsOf ?? register.Organisation.VersionDate;
            var unreadable = loaded.Diagnostics.Any(d => UnreadableFileCodes.Contains(d.Code));
            var phraseLanguages = PhraseLanguages(options.TemplatesDirectory);
            var context = new CheckContext(register, vocabulary, today, options.ReviewMonths, unreadable, phraseLanguages);
            var dated = asOf == today ? null : new CheckContext(register, vocabulary, asOf, options.ReviewMonths, unreadable, phraseLanguages);
            var forDocuments = dated is null ? null : new DiagnosticBag();
            forDocuments?.AddRange(loaded.Diagnostics);
            foreach (var rule in RegisterChecks.All)
            {
                var found = rule.Check(context).ToList();
                diagnostics.AddRange(found);
                // The documents are made as of another date: only the checks that depend on the date look again.
                forDocuments?.AddRange(rule is IDateDependentCheck ? rule.Check(dated!) : found);
            }

            // Readability is measured on the rendered notice, so only a register without errors is rendered for it.
            if (options.NoticeMeasure is { } measure && !diagnostics.HasErrors)
            {
                var readability = Checks.ReadabilityTargets.Check(context, measure).ToList();
                diagnostics.AddRange(readability);
                forDocuments?.AddRange(readability);
            }

            documentFindings = forDocuments is null ? null : WithoutRepeatedGaps(forDocuments.ToSortedList());
        }

        var sorted = WithoutRepeatedGaps(diagnostics.ToSortedList());
        return new ValidationReport(loaded.Register, vocabulary, sorted, loaded.Sources) { DocumentFindings = documentFindings ?? sorted };
    }

    /// <summary>
    /// A notice element with nothing to show (REG106, REG110–REG124) is often the same gap an earlier rule names in the
    /// same file (no retention: REG060; no legitimate interest: REG040). While that file has another error the element's
    /// finding is left out; the verdict is "errors" either way, and it appears once the file's own errors are fixed.
    /// </summary>
    internal static IReadOnlyList<Diagnostic> WithoutRepeatedGaps(IReadOnlyList<Diagnostic> diagnostics)
    {
        var filesWithErrors = diagnostics
            .Where(d => d.Severity == Severity.Error && !ElementCodes.Contains(d.Code))
            .Select(d => d.At.File)
            .ToHashSet(StringComparer.Ordinal);
        return filesWithErrors.Count == 0
            ? diagnostics
            : diagnostics.Where(d => !ElementCodes.Contains(d.Code) || !filesWithErrors.Contains(d.At.File)).ToList();
    }

    private static readonly HashSet<string> ElementCodes = new(
        Checks.Completeness.NoticeElements.All.Select(e => e.Rule.Code).Append(Rules.NoticeEmpty.Code), StringComparer.Ordinal);

    /// <summary>The shipped phrase languages plus each i18n/&lt;lang&gt;.yaml of the templates folder (only the names are read here).</summary>
    private static IReadOnlySet<string> PhraseLanguages(string? templatesDirectory)
    {
        var folder = templatesDirectory is null ? null : Path.Combine(templatesDirectory, "i18n");
        if (folder is null || !Directory.Exists(folder))
        {
            return Checks.PhraseCoverage.BuiltInLanguages;
        }

        return Checks.PhraseCoverage.BuiltInLanguages
            .Concat(Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
    }
}
