using System.Globalization;
using Register.Diagnostics;
using Register.Loading;

namespace Register.Reporting;

/// <summary>How many problems of each severity were found in how many files.</summary>
public sealed record DiagnosticSummary(int Errors, int Warnings, int Infos, int Files)
{
    public static DiagnosticSummary Of(IReadOnlyList<Diagnostic> diagnostics, SourceFiles sources) => new(
        diagnostics.Count(d => d.Severity == Severity.Error),
        diagnostics.Count(d => d.Severity == Severity.Warning),
        diagnostics.Count(d => d.Severity == Severity.Info),
        sources.Paths.Count);

    /// <summary>"2 errors, 1 warning in 19 files" (infos are mentioned only when there are any).</summary>
    public override string ToString()
    {
        var parts = new List<string> { Count(Errors, "error"), Count(Warnings, "warning") };
        if (Infos > 0)
        {
            parts.Add(Count(Infos, "note"));
        }

        return $"{string.Join(", ", parts)} in {Count(Files, "file")}";
    }

    private static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");
}
