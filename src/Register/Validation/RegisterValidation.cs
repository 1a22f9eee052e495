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
            var context = new CheckContext(register, vocabulary, today, options.ReviewMonths, unreadable);
            var dated = asOf == today ? null : new CheckContext(register, vocabulary, asOf, options.ReviewMonths, unreadable);
            var forDocuments = dated is null ? null : new DiagnosticBag();
            forDocuments?.AddRange(loaded.Diagnostics);
            foreach (var rule in RegisterChecks.All)
            {
                var found = rule.Check(context).ToList();
                diagnostics.AddRange(found);
                // The documents are made as of another date: only the checks that depend on the date look again.
                forDocuments?.AddRange(rule is IDateDependentCheck ? rule.Check(dated!) : found);
            }

            documentFindings = forDocuments?.ToSortedList();
        }

        var sorted = diagnostics.ToSortedList();
        return new ValidationReport(loaded.Register, vocabulary, sorted, loaded.Sources) { DocumentFindings = documentFindings ?? sorted };
    }
}
