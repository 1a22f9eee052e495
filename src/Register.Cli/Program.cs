using System.CommandLine;
using Register.Cli.Commands;

namespace Register.Cli;

/// <summary>The <c>register</c> command line. Adding a command is one line in <see cref="CreateRoot"/>.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, CliConsole.System());

    /// <summary>Parses and runs <paramref name="args"/> against <paramref name="console"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliConsole console) => CommandRunner.Run(CreateRoot(console), args, console);

    /// <summary>The root command with every subcommand.</summary>
    public static Command CreateRoot(CliConsole console) => RootCommandFactory.Create(
        ValidateCommand.Create(console),
        BuildCommand.Create(console),
        DiffCommand.Create(console),
        SchemaCommand.Create(console),
        InitCommand.Create(console),
        ExportCommand.Create(console),
        ExplainCommand.Create(console));
}
