using NodaTime;
using Register.Diagnostics;
using Register.Loading;

namespace Register.Validation;

/// <summary>Loads a register folder and checks it: the one call the CLI and the build make before anything else.</summary>
public static class RegisterValidation
{
    /// <summary>Loads and validates the register in <paramref name="directory"/>. Throws only for I/O failures.</summary>
    public static ValidationReport Run(string directory, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        var loaded = RegisterLoader.Load(directory, options.Load);
        var vocabulary = Vocabulary.Vocabulary.BuiltIn;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);

        // Rules need organisation.yaml (languages, audiences); without it they would only add noise.
        if (loaded.Register is { } register)
        {
            var today = options.Today ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
            var context = new RuleContext(register, vocabulary, today, options.ReviewMonths);
            foreach (var rule in RegisterRules.All)
            {
                diagnostics.AddRange(rule.Check(context));
            }
        }

        return new ValidationReport(loaded.Register, vocabulary, diagnostics.ToSortedList(), loaded.Sources);
    }
}
