namespace Register.Tests.Workflow;

/// <summary>
/// Runs the built CLI as its own process in a folder, as a user or a CI job does (relative paths, exit code), within a
/// time limit and with a home folder of its own, so a test never reads or writes the user's home.
/// </summary>
internal static class RegisterProcess
{
    /// <summary>Longer than any command takes on the example register on a loaded 2-core machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>This build's CLI, next to the test assembly.</summary>
    public static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "Register.Cli.dll");

    /// <summary>The CLI the tests run: another build's when the tests replay against one (<see cref="Register.Tests.Cli.CliRun.OtherProgram"/>), else this build's.</summary>
    public static string Program => Register.Tests.Cli.CliRun.OtherProgram ?? Cli;

    /// <summary>Runs <paramref name="cli"/> (default: <see cref="Program"/>) with <paramref name="arguments"/>.</summary>
    /// <param name="prefix">A program and its arguments to run <c>dotnet</c> under (e.g. <c>setpriv …</c>), or none.</param>
    public static (int ExitCode, string Output, string Error) Run(
        string directory, IEnumerable<string> arguments, string? cli = null, IReadOnlyList<string>? prefix = null)
    {
        using var home = new TempFolder();
        var environment = IsolatedEnvironment(home.Path);
        string[] command = [.. prefix ?? [], "dotnet", cli ?? Program, .. arguments];
        var (exitCode, output, error) = ChildProcess.Run(command[0], command[1..], directory, environment, Timeout);
        return (exitCode, output, error);
    }

    /// <summary>The environment of a CLI process with <paramref name="home"/> as its own home (never the user's), without colour.</summary>
    public static Dictionary<string, string?> IsolatedEnvironment(string home) => new()
    {
        ["HOME"] = home,
        ["DOTNET_CLI_HOME"] = home,
        ["NUGET_PACKAGES"] = System.IO.Path.Combine(home, "nuget-packages"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["NO_COLOR"] = "1",
    };
}
