using System.Diagnostics;

namespace Register.Tests.Workflow;

/// <summary>Runs the built CLI as its own process in a folder, as a user or a CI job does (relative paths, exit code).</summary>
internal static class RegisterProcess
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "Register.Cli.dll");

    public static (int ExitCode, string Output, string Error) Run(string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
