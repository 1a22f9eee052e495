using Register.Cli;

namespace Register.Tests.Cli;

/// <summary>validate --verbose ends with one summary line on standard error; a build draws progress only where the console allows it.</summary>
public sealed class VerboseAndProgressTests
{
    private static readonly string Register = Path.Combine(Approval.Approver.RepoRoot, "register");

    [Fact]
    public void Verbose_validate_writes_one_summary_line_with_timings_to_standard_error()
    {
        var quiet = CliRun.Of("validate", Register, "--today", "2026-02-01", "--report", "json");
        var verbose = CliRun.Of("validate", Register, "--today", "2026-02-01", "--report", "json", "--verbose");

        Assert.Equal(quiet.ExitCode, verbose.ExitCode);
        Assert.Equal(quiet.Output, verbose.Output);
        var line = Assert.Single(verbose.ErrorLines);
        Assert.Matches(@"^register: checked \d+ files: \d+ errors?, \d+ warnings?; loading and checks \d+ ms, report \d+ ms, total \d+ ms\.$", line);
        Assert.Empty(quiet.Error);
    }

    [Fact]
    public void A_build_draws_progress_only_when_the_console_shows_it_and_erases_it()
    {
        using var folder = new Workflow.TempFolder();
        var redirected = Build(folder["plain"], showsProgress: false);
        var terminal = Build(folder["terminal"], showsProgress: true);

        Assert.Equal(0, redirected.Code);
        Assert.Empty(redirected.Error);
        Assert.Equal(0, terminal.Code);
        Assert.Contains("\rrendering 1: ", terminal.Error, StringComparison.Ordinal);
        Assert.EndsWith("\r", terminal.Error, StringComparison.Ordinal);
        Assert.Equal(redirected.Output.Replace(folder["plain"], "OUT", StringComparison.Ordinal), terminal.Output.Replace(folder["terminal"], "OUT", StringComparison.Ordinal));
    }

    private static (int Code, string Output, string Error) Build(string output, bool showsProgress)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr, IsTerminal: showsProgress, NoColor: true) { ShowsProgress = showsProgress };
        var code = Program.Run(["build", Register, "--out", output, "--format", "md"], console);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
