using Register.Cli;
using Register.Tests.Workflow;

namespace Register.Tests.Cli;

/// <summary>
/// Runs the command line and captures what it writes: in-process, or, when <see cref="ProgramVariable"/> names a
/// <c>Register.Cli.dll</c>, as a child process of that build. The second form replays the CLI tests against another
/// version of the tool (<c>tests/replay-against</c> builds an earlier commit and records which tests failed there).
/// </summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The environment variable naming another build's <c>Register.Cli.dll</c> to run instead of this one.</summary>
    public const string ProgramVariable = "REGISTER_CLI_UNDER_TEST";

    /// <summary>The other build's CLI, when the tests replay against one.</summary>
    public static string? OtherProgram => Environment.GetEnvironmentVariable(ProgramVariable) is { Length: > 0 } path ? path : null;

    /// <summary>The environment variable naming the example register of that other build, for tests that build the example.</summary>
    public const string RegisterVariable = "REGISTER_EXAMPLE_UNDER_TEST";

    /// <summary>The other build's example register (an earlier version may not read today's), when the tests replay against one.</summary>
    public static string? OtherRegister => Environment.GetEnvironmentVariable(RegisterVariable) is { Length: > 0 } path ? path : null;

    public static CliRun Of(params string[] args) => With(isTerminal: false, noColor: false, args);

    public static CliRun With(bool isTerminal, bool noColor, params string[] args) => Run(new CliConsole(TextWriter.Null, TextWriter.Null, isTerminal, noColor), args);

    /// <summary>As a CI job runs it (CI or GITHUB_ACTIONS set); another build's CLI inherits the test run's own environment.</summary>
    public static CliRun InCi(params string[] args) => Run(new CliConsole(TextWriter.Null, TextWriter.Null, false, false) { InCi = true }, args);

    private static CliRun Run(CliConsole console, string[] args)
    {
        if (OtherProgram is { } program)
        {
            var (exitCode, output, error) = RegisterProcess.Run(Directory.GetCurrentDirectory(), args, program);
            return new CliRun(exitCode, output, error);
        }

        var outputWriter = new StringWriter();
        var errorWriter = new StringWriter();
        var code = Program.Run(args, console with { Output = outputWriter, Error = errorWriter });
        return new CliRun(code, outputWriter.ToString(), errorWriter.ToString());
    }

    /// <summary>The lines written to standard error.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A fixture register in the source tree (tests/Register.Tests/Cli/Fixtures/NAME/register).</summary>
    public static string Fixture(string name) =>
        Path.Combine(Approval.Approver.RepoRoot, "tests", "Register.Tests", "Cli", "Fixtures", name, "register");
}
