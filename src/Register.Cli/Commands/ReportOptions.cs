using System.CommandLine;
using Register.Reporting;

namespace Register.Cli.Commands;

/// <summary>The options that choose how diagnostics are reported and when warnings fail the run.</summary>
public sealed class ReportOptions
{
    public Option<string> Format { get; } = CreateFormat();

    public Option<bool> WarningsAsErrors { get; } = new("--warnings-as-errors")
    {
        Description = "Exit with code 1 when there are warnings, not only errors.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(WarningsAsErrors);
    }

    /// <summary>The report writer chosen with --format; colour for text only on a terminal without NO_COLOR.</summary>
    public IDiagnosticReport ReadReport(ParseResult parsed, CliConsole console) =>
        DiagnosticReports.Create(DiagnosticReports.Parse(parsed.GetValue(Format) ?? "text") ?? ReportFormat.Text, console.Color);

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "How to write the diagnostics: text (for people), json (stable schema), github (pull-request annotations) or sarif (code scanning).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong([.. DiagnosticReports.Names]);
        return option;
    }
}
