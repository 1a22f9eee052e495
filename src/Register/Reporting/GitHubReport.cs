using System.Globalization;
using System.Text;
using Register.Diagnostics;
using Register.Loading;

namespace Register.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=REG012::message</c>),
/// which GitHub shows as annotations on the lines of a pull request.
/// </summary>
public sealed class GitHubReport : IDiagnosticReport
{
    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, SourceFiles sources)
    {
        foreach (var diagnostic in diagnostics)
        {
            var command = diagnostic.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var at = diagnostic.At;
            var message = new StringBuilder(diagnostic.Message);
            if (diagnostic.Fix is { Length: > 0 } fix)
            {
                message.Append("\nFix: ").Append(fix);
            }

            foreach (var related in diagnostic.Related)
            {
                message.Append('\n').Append(related.At.ToString()).Append(": ").Append(related.Message);
            }

            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"::{command} file={Property(at.File)},line={at.Line},col={at.Column},title={Property(diagnostic.Code)}::{Data(message.ToString())}\n"));
        }

        // A plain line: the log shows it, GitHub does not treat it as a command.
        writer.Write(DiagnosticSummary.Of(diagnostics, sources).ToString());
        writer.Write('\n');
    }

    /// <summary>Escapes a message: %, CR and LF (GitHub's toCommandValue rules).</summary>
    public static string Data(string value) => value
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value: as <see cref="Data"/>, plus ':' and ','.</summary>
    public static string Property(string value) => Data(value)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);
}
