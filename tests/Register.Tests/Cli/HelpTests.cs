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

    [Fact]
    public void Validate_help()
    {
        var run = CliRun.Of("validate", "--help");

        Assert.Equal(0, run.ExitCode);
        Approval.Approver.Verify(run.Output);
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
