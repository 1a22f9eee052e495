using System.CommandLine;
using Register.Diagnostics;
using Register.Reporting;

namespace Register.Cli.Commands;

/// <summary>
/// The options of every command that validates: <c>--report</c> chooses how diagnostics are written and
/// <c>--warnings-as-errors</c> makes warnings fail the run. (<c>--format</c> always means the format of the output.)
/// </summary>
public sealed class ReportOptions
{
    public Option<string> Report { get; } = CreateReport();

    public Option<bool> WarningsAsErrors { get; } = new("--warnings-as-errors")
    {
        Description = "Exit with code 1 when there are warnings, not only errors.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Report);
        command.Options.Add(WarningsAsErrors);
    }

    /// <summary>The report writer chosen with --report; colour for text only on a terminal without NO_COLOR.</summary>
    public IDiagnosticReport ReadReport(ParseResult parsed, CliConsole console) =>
        DiagnosticReports.Create(DiagnosticReports.Parse(parsed.GetValue(Report) ?? "text") ?? ReportFormat.Text, console.Color);

    /// <summary>1 when the diagnostics hold an error, or a warning with --warnings-as-errors; else 0.</summary>
    public int ExitCode(ParseResult parsed, IReadOnlyList<Diagnostic> diagnostics) =>
        ExitCodes.For(diagnostics, parsed.GetValue(WarningsAsErrors));

    private static Option<string> CreateReport()
    {
        var option = new Option<string>("--report")
        {
            Description = "How to write the diagnostics: text (for people), json (stable schema), github (pull-request annotations) or sarif (code scanning).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong([.. DiagnosticReports.Names]);
        return option;
    }
}
