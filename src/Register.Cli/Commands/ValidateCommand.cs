using System.CommandLine;
using Register.Validation;

namespace Register.Cli.Commands;

/// <summary><c>register validate [DIR]</c>: checks the register and reports every problem.</summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new RegisterInputOptions();
        var report = new ReportOptions();
        var command = new Command("validate", "Check the register and report every problem with file, line, column and how to fix it.");
        input.AddTo(command);
        report.AddTo(command);
        command.SetAction(parsed =>
        {
            var result = RegisterValidation.Run(input.ReadDirectory(parsed), input.ReadValidationOptions(parsed));
            report.ReadReport(parsed, console).Write(console.Output, result.Diagnostics, result.Sources);
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
