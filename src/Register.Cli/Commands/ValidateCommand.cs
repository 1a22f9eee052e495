using System.CommandLine;
using System.Diagnostics;
using Register.Pipeline;
using Register.Rendering;
using Register.Validation;

namespace Register.Cli.Commands;

/// <summary><c>register validate [DIR]</c>: checks the register and reports every problem.</summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new RegisterInputOptions();
        var report = new ReportOptions();
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Also write a one-line summary with the time taken to standard error.",
        };
        var templates = new TemplatesOption();
        var command = new Command("validate", "Check the register and report every problem with file, line, column and how to fix it.");
        input.AddTo(command);
        report.AddTo(command);
        command.Options.Add(templates.Option);
        command.Options.Add(verbose);
        command.SetAction(parsed =>
        {
            var clock = Stopwatch.StartNew();
            // The templates folder counts for which languages have a phrase book and for readability (REG140), which
            // is measured on the notices rendered with it; its templates' own errors are the build's to report.
            var templatesDirectory = templates.Read(parsed);
            var engine = templatesDirectory is null ? TemplateEngine.BuiltIn : new TemplateEngine(TemplateSource.WithOverrides(templatesDirectory));
            var options = RenderedNoticeMeasure.Validating(input.ReadValidationOptions(parsed), engine);
            var result = RegisterValidation.Run(input.ReadDirectory(parsed), options);
            var checkedIn = clock.Elapsed;
            report.ReadReport(parsed, console).Write(console.Output, result.Diagnostics, result.Sources);
            if (parsed.GetValue(verbose))
            {
                // On standard error, so a JSON or SARIF report on standard output stays exactly the report.
                console.Error.Write($"register: {RunSummary.Of(result.Diagnostics, result.Sources.Paths.Count, checkedIn, clock.Elapsed)}\n");
            }

            return report.ExitCode(parsed, result.Diagnostics);
        });
        HelpExamples.Attach(command,
            "register validate                                  # checks ./register",
            "register validate path/to/register --report json",
            "register validate --report github --warnings-as-errors --today 2026-01-31",
            "register validate --report sarif > register.sarif");
        return command;
    }
}
