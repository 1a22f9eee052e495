using System.Diagnostics;

namespace Register.Tests.Workflow;

/// <summary>Runs a program to completion within a time limit (killing its whole process tree past it), capturing its output.</summary>
internal static class ChildProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string Transcript => Output + Error;
    }

    public static Result Run(
        string program,
        IEnumerable<string> arguments,
        string directory,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            // Bounded even here: a process that cannot be reaped must not hang the test run.
            process.WaitForExit(KillGrace);
            Assert.Fail($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {limit.TotalSeconds:0} s:\n{Drained(output)}{Drained(error)}");
        }

        // The streams close when the process ends, unless a grandchild it left behind still holds them.
        return new Result(process.ExitCode, Drained(output), Drained(error));
    }

    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(10);

    private static string Drained(Task<string> read) =>
        read.Wait(KillGrace) ? read.Result : "(output not closed: a process left behind still holds it)";
}
