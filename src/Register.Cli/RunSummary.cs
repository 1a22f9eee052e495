using System.Globalization;
using Register.Diagnostics;

namespace Register.Cli;

/// <summary>The one line <c>validate --verbose</c> ends with: what was checked, what was found and how long it took.</summary>
internal static class RunSummary
{
    public static string Of(IReadOnlyList<Diagnostic> diagnostics, int files, TimeSpan checking, TimeSpan total)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        return string.Create(CultureInfo.InvariantCulture,
            $"checked {files} {(files == 1 ? "file" : "files")}: {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}; loading and checks {Milliseconds(checking)}, report {Milliseconds(total - checking)}, total {Milliseconds(total)}.");
    }

    private static string Milliseconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0} ms");
}
