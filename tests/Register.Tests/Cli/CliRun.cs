using Register.Cli;

namespace Register.Tests.Cli;

/// <summary>Runs the command line in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => With(isTerminal: false, noColor: false, args);

    public static CliRun With(bool isTerminal, bool noColor, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, new CliConsole(output, error, isTerminal, noColor));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The lines written to standard error.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A fixture register in the source tree (tests/Register.Tests/Cli/Fixtures/NAME/register).</summary>
    public static string Fixture(string name) =>
        Path.Combine(Approval.Approver.RepoRoot, "tests", "Register.Tests", "Cli", "Fixtures", name, "register");
}
