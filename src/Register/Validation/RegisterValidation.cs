using Register.Concurrency;
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
        var reading = Vocabulary.Terminology.BuiltInInBackground();
        var loaded = RegisterLoader.Load(directory, options.Load);
        var builtIn = reading.GetAwaiter().GetResult();
        var vocabulary = loaded.Register is { } read ? builtIn.With(read.Vocabulary) : builtIn;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        IReadOnlyList<Diagnostic>? documentFindings = null;

        // The checks need organisation.yaml (languages, audiences); without it they would only add noise.
        if (loaded.Register is { } register)
        {
            // Never the clock: without --today, dates are judged as of the register's own version date, so the same
            // register gives the same verdict (and the same documents) on any day.
            var today = options.Today ?? register.Organisation.VersionDate;
            var asOf = options.AsOf ?? register.Organisation.VersionDate;
            var unreadable = loaded.Diagnostics.Any(d => UnreadableFileCodes.Contains(d.Code));
            var phraseLanguages = options.PhraseLanguages ?? Checks.PhraseCoverage.BuiltInLanguages;
            var context = new CheckContext(register, vocabulary, today, options.ReviewMonths, unreadable, phraseLanguages);
            var dated = asOf == today ? null : new CheckContext(register, vocabulary, asOf, options.ReviewMonths, unreadable, phraseLanguages);
            var forDocuments = dated is null ? null : new DiagnosticBag();
            forDocuments?.AddRange(loaded.Diagnostics);
            // The checks run at once on the workers, each into its own lists, taken in the order of RegisterChecks.All:
            // the diagnostics of one check after the other.
            context.Prepare();
            var checks = RegisterChecks.All;
            var findings = OrderedWork.Run(checks.Count, Parallelism.Of(options.Load.Parallelism), i =>
            {
                var found = checks[i].Check(context).ToList();
                // The documents are made as of another date: only the checks that depend on the date look again.
                return (Found: found, ForDocuments: dated is null ? null : checks[i] is IDateDependentCheck ? checks[i].Check(dated).ToList() : found);
            });
            foreach (var (found, foundForDocuments) in findings)
            {
                diagnostics.AddRange(found);
                forDocuments?.AddRange(foundForDocuments!);
            }

            documentFindings = forDocuments is null ? null : WithoutRepeatedGaps(forDocuments.ToSortedList());
        }

        var sorted = WithoutRepeatedGaps(diagnostics.ToSortedList());
        var report = new ValidationReport(loaded.Register, vocabulary, sorted, loaded.Sources) { DocumentFindings = documentFindings ?? sorted };
        return options.NoticeMeasure is { } measure ? WithReadability(report, measure) : report;
    }

    /// <summary>
    /// REG140 added to a report: each notice that sets a readability minimum, measured by <paramref name="measure"/> in each
    /// of its languages. Readability is measured on the notice as rendered, so only a register without errors is measured:
    /// validate renders it for this (<see cref="ValidationOptions.NoticeMeasure"/>); the build passes the notices it rendered.
    /// </summary>
    public static ValidationReport WithReadability(ValidationReport report, INoticeMeasure measure)
    {
        if (report.HasErrors || report.Register is not { } register)
        {
            return report;
        }

        var context = new CheckContext(register, report.Vocabulary, register.Organisation.VersionDate, ValidationOptions.Default.ReviewMonths);
        var found = Checks.ReadabilityTargets.Check(context, measure).ToList();
        return found.Count == 0
            ? report
            : report with { Diagnostics = Sorted(report.Diagnostics, found), DocumentFindings = Sorted(report.DocumentFindings, found) };
    }

    private static IReadOnlyList<Diagnostic> Sorted(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Diagnostic> more)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        bag.AddRange(more);
        return bag.ToSortedList();
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
}
