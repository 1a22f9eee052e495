using System.CommandLine;
using Register.Reporting;

namespace Register.Tests.Cli;

/// <summary>Snapshots of --help, so the README and the real help cannot drift apart unnoticed.</summary>
public sealed class HelpTests
{
    [Fact]
    public void Root_help()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Approval.Approver.Verify(run.Output);
    }

    /// <summary>Every command and subcommand, found from Program, so a new command cannot ship without a reviewed help text.</summary>
    public static TheoryData<string> Commands()
    {
        var root = Register.Cli.Program.CreateRoot(new Register.Cli.CliConsole(TextWriter.Null, TextWriter.Null, false, false));
        var paths = new TheoryData<string>();
        var pending = new Stack<(Command Command, string Path)>(root.Subcommands.Reverse().Select(c => (c, c.Name)));
        while (pending.TryPop(out var next))
        {
            paths.Add(next.Path);
            foreach (var child in next.Command.Subcommands.Reverse())
            {
                pending.Push((child, next.Path + " " + child.Name));
            }
        }

        return paths;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_help(string command)
    {
        var run = CliRun.Of([.. command.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"register {command}", run.Output, StringComparison.Ordinal);
        if (!run.Output.Contains("\nCommands:\n", StringComparison.Ordinal))
        {
            Assert.Contains("Examples:", run.Output, StringComparison.Ordinal);
        }

        Approval.Approver.Verify(run.Output, name: command.Replace(' ', '-'));
    }

    [Fact]
    public void Version_prints_the_tool_version_alone()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ReportTool.Version + "\n", run.Output);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }
}
