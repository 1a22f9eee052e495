using System.CommandLine;
using System.CommandLine.Help;
using Register.Reporting;

namespace Register.Cli;

/// <summary>Builds the <c>register</c> root command with help (plus examples) and version.</summary>
public static class RootCommandFactory
{
    // A fixed width keeps --help identical on every terminal, so the README and the help snapshots agree.
    private const int HelpWidth = 100;

    public static Command Create(params Command[] commands)
    {
        // A plain Command rather than RootCommand: RootCommand names itself after the executable (testhost, Register.Cli).
        var root = new Command("register", "Keeps a GDPR register of processing activities as YAML files: validates it and reports every problem with file, line, column and fix.");
        var help = new HelpOption();
        help.Action = new ExampleHelpAction((HelpAction)help.Action!, HelpWidth);
        root.Options.Add(help);
        var version = new VersionOption();
        version.Action = new PrintVersionAction(ReportTool.Version);
        root.Options.Add(version);
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        HelpExamples.Attach(root,
            "register validate register                         # check the register",
            "register build register                            # check, then write the documents to output/",
            "register validate --report github --warnings-as-errors --today 2026-01-31",
            "register <command> --help                          # options and examples of one command");
        return root;
    }
}
