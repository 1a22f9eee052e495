using System.CommandLine;
using Register.Cli;
using Register.Diagnostics;

namespace Register.Tests.Cli;

public sealed class CommandRunnerTests
{
    [Fact]
    public void A_bug_in_a_command_prints_one_line_without_a_stack_trace_and_exits_2()
    {
        var (code, output, error) = Run(new InvalidOperationException("the model was null\nsecond line"));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("register: internal error (InvalidOperationException: the model was null second line); please report this with the command you ran.\n", error);
    }

    [Fact]
    public void An_io_failure_prints_one_line_and_exits_2()
    {
        var (code, _, error) = Run(new UnauthorizedAccessException("Access to the path '/r/organisation.yaml' is denied."));

        Assert.Equal(2, code);
        Assert.Equal("register: Access to the path '/r/organisation.yaml' is denied.\n", error);
    }

    [Theory]
    [InlineData(Severity.Error, false, 1)]
    [InlineData(Severity.Warning, false, 0)]
    [InlineData(Severity.Warning, true, 1)]
    [InlineData(Severity.Info, true, 0)]
    public void Exit_code_follows_the_worst_severity(Severity severity, bool warningsAsErrors, int expected)
    {
        var diagnostic = new Diagnostic(severity, "REG999", "m", SourceLocation.OfFile("x.yaml"));

        Assert.Equal(expected, ExitCodes.For([diagnostic], warningsAsErrors));
        Assert.Equal(0, ExitCodes.For([], warningsAsErrors));
    }

    private static (int Code, string Output, string Error) Run(Exception thrown)
    {
        var command = new Command("boom");
        command.SetAction(int (_) => throw thrown);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandRunner.Run(RootCommandFactory.Create(command), ["boom"], new CliConsole(output, error, false, false));
        return (code, output.ToString(), error.ToString());
    }
}
