using System.CommandLine;
using Register.Diagnostics;
using Register.Reporting;

namespace Register.Cli.Commands;

/// <summary><c>register explain CODE</c> / <c>--list</c>: what a diagnostic code checks, why, an example and the fix.</summary>
public static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var code = new Argument<string?>("CODE") { Description = "The diagnostic code, e.g. REG042.", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List every code with its severity and title." };
        var command = new Command("explain", "Explain a diagnostic code: what it checks, why (the GDPR article), an example that triggers it and how to fix it.");
        command.Arguments.Add(code);
        command.Options.Add(list);
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(list))
            {
                console.Output.Write(RuleExplanation.List());
                return ExitCodes.Valid;
            }

            if (parsed.GetValue(code) is not { Length: > 0 } given)
            {
                console.Error.Write("register: give a code (e.g. 'register explain REG042') or --list.\n");
                return ExitCodes.UsageOrIoError;
            }

            if (RuleExplanation.Find(given) is not { } rule)
            {
                console.Error.Write($"register: there is no code '{given}'; 'register explain --list' lists them all.\n");
                return ExitCodes.UsageOrIoError;
            }

            console.Output.Write(RuleExplanation.Explain(rule, ReportTool.ProjectUrl));
            return ExitCodes.Valid;
        });
        HelpExamples.Attach(command,
            "register explain REG042",
            "register explain --list");
        return command;
    }
}
