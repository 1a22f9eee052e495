using Register.Diagnostics;
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
        var loaded = RegisterLoader.Load(directory, options.Load);
        var vocabulary = loaded.Register is { } read
            ? Vocabulary.Terminology.BuiltIn.With(read.Vocabulary)
            : Vocabulary.Terminology.BuiltIn;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);

        // Rules need organisation.yaml (languages, audiences); without it they would only add noise.
        if (loaded.Register is { } register)
        {
            // Never the clock: without --today, dates are judged as of the register's own version date, so the same
            // register gives the same verdict (and the same documents) on any day.
            var today = options.Today ?? register.Organisation.VersionDate;
            var unreadable = loaded.Diagnostics.Any(d => UnreadableFileCodes.Contains(d.Code));
            var context = new CheckContext(register, vocabulary, today, options.ReviewMonths, unreadable);
            foreach (var rule in RegisterChecks.All)
            {
                diagnostics.AddRange(rule.Check(context));
            }
        }

        return new ValidationReport(loaded.Register, vocabulary, diagnostics.ToSortedList(), loaded.Sources);
    }
}
