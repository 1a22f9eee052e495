using System.Diagnostics;

namespace Register.Tests.Workflow;

/// <summary>
/// Runs the built CLI as its own process in a folder, as a user or a CI job does (relative paths, exit code), within a
/// time limit and with a home folder of its own, so a test never reads or writes the user's home.
/// </summary>
internal static class RegisterProcess
{
    /// <summary>Longer than any command takes on the example register on a loaded 2-core machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "Register.Cli.dll");

    public static (int ExitCode, string Output, string Error) Run(string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var home = new TempFolder();
        start.Environment["HOME"] = home.Path;
        start.Environment["DOTNET_CLI_HOME"] = home.Path;
        start.Environment["NUGET_PACKAGES"] = home["nuget-packages"];
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"register {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds:0} s:\n{output.Result}{error.Result}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
