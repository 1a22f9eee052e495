using Register.Diagnostics;
using Register.Loading;

namespace Register.Reporting;

/// <summary>Writes a list of diagnostics in one output format (text, JSON, GitHub annotations, SARIF).</summary>
public interface IDiagnosticReport
{
    /// <summary>Writes <paramref name="diagnostics"/> (already sorted) to <paramref name="writer"/>; <paramref name="sources"/> gives the quoted lines and the file count.</summary>
    void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, SourceFiles sources);
}
