using Register.Diagnostics;

namespace Register.Cli;

/// <summary>The exit codes every command uses; CI pipelines depend on them.</summary>
public static class ExitCodes
{
    /// <summary>Valid: no errors (warnings allowed unless they count as errors).</summary>
    public const int Valid = 0;

    /// <summary>The register has errors.</summary>
    public const int Invalid = 1;

    /// <summary>Wrong command-line usage, a missing folder, an unreadable file, or a bug in the tool.</summary>
    public const int UsageOrIoError = 2;

    /// <summary>1 when any diagnostic is an error (or a warning, with <paramref name="warningsAsErrors"/>), else 0.</summary>
    public static int For(IReadOnlyList<Diagnostic> diagnostics, bool warningsAsErrors) =>
        diagnostics.Any(d => d.Severity == Severity.Error || (warningsAsErrors && d.Severity == Severity.Warning))
            ? Invalid
            : Valid;
}
