using System.CommandLine;
using Register.Workflow.Diff;

namespace Register.Cli.Commands;

/// <summary><c>register diff</c>: what changed in the register between two git revisions, in legal terms.</summary>
public static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "The register folder (the one holding organisation.yaml), inside a git repository.",
            DefaultValueFactory = _ => "register",
        };
        var from = new Option<string>("--from")
        {
            Description = "The older version: a commit, branch or tag.",
            DefaultValueFactory = _ => "HEAD",
            HelpName = "REV",
        };
        var to = new Option<string?>("--to")
        {
            Description = "The newer version: a commit, branch or tag. Default: the files as they are now (the working tree).",
            HelpName = "REV",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (for people), markdown (a pull-request comment) or json (for tools).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. DiffReport.Formats]);
        var language = new Option<string?>("--lang", "-l")
        {
            Description = "The language to quote register texts in: one of the register's languages. Default: en when the register has it, else its first language.",
            HelpName = "CODE",
        };
        var command = new Command("diff", "Say what changed in the register between two git revisions in legal terms: activities, purposes, legal bases, data, recipients, transfers, retention, security measures, contacts. Exit code 0: compared; 1: a version cannot be read; 2: no git, or a revision is missing.");
        command.Arguments.Add(directory);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(format);
        command.Options.Add(language);
        command.SetAction(parsed =>
        {
            var outcome = RegisterHistory.Diff(parsed.GetValue(directory) ?? "register", parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(language));
            if (outcome.Problem is { } problem)
            {
                console.Error.Write($"register: {problem}\n");
                return outcome.ProblemExitCode;
            }

            var chosen = parsed.GetValue(format) ?? "text";
            console.Output.Write(DiffReport.Write(outcome, chosen));
            if (chosen != "markdown")
            {
                foreach (var warning in outcome.Warnings)
                {
                    console.Error.Write($"register: warning: {warning}\n");
                }
            }

            return ExitCodes.Valid;
        });
        HelpExamples.Attach(command,
            "register diff                                      # HEAD against your uncommitted changes",
            "register diff --from main --to HEAD --format markdown",
            "register diff --from v2025-11 --to v2026-03 --format json");
        return command;
    }
}
