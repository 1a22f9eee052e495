using System.Diagnostics;
using Register.Benchmarks;
using Register.Output;
using Register.Tests.Approval;
using Register.Tests.Cli;
using Register.Tests.Workflow;
using Xunit.Abstractions;

namespace Register.Tests.Output;

/// <summary>
/// Issue 9 item 1, end to end: <c>register build</c> itself, as its own process, is killed (SIGKILL) at 20 points of a
/// 2,000-activity build over the previous build's output; after the next run's recovery the folder holds the complete old
/// or the complete new output, never a mix. Ten kills are spread over the run's time (start-up, loading, rendering,
/// writing); nine at byte-count points of the staging (when the staging folder holds 5%, 15%, … 85% of the files the
/// uninterrupted build stages); one the moment the journal appears, inside the swap.
/// <see cref="OutputKillTests"/> does the same with the writer alone, with kill points inside the swap.
/// </summary>
public sealed class OutputKillCliTests(ITestOutputHelper log)
{
    private const int Kills = 20;
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void Killing_register_build_at_20_points_of_a_2000_activity_build_leaves_the_complete_old_or_new_output()
    {
        using var scratch = new ScratchFolder();
        var register = Path.Combine(scratch.Path, "register");
        Assert.True(ScaledRegister.Write(CliRun.OtherRegister ?? Path.Combine(Approver.RepoRoot, "register"), register, 100) >= 2000);
        var template = Path.Combine(scratch.Path, "old-output");
        Assert.Equal(0, Build(register, template, trigger: null).ExitCode);
        var oldState = BuildOutputSafetyTests.Snapshot(template);

        // The new register renames the organisation, so every document of the new output differs from the old one.
        var organisation = Path.Combine(register, "organisation.yaml");
        var lines = File.ReadAllLines(organisation);
        var name = Array.FindIndex(lines, l => l.StartsWith("name:", StringComparison.Ordinal));
        lines[name] = "name: Kompas Incasso Nederland en België B.V.";
        File.WriteAllLines(organisation, lines);
        var newOutput = Path.Combine(scratch.Path, "new-output");
        Assert.Equal(0, Build(register, newOutput, trigger: null).ExitCode);
        var newState = BuildOutputSafetyTests.Snapshot(newOutput);
        Assert.NotEqual(oldState.Values.Order(StringComparer.Ordinal), newState.Values.Order(StringComparer.Ordinal));

        var output = Path.Combine(scratch.Path, "output");
        Reset(template, output);
        var calibration = Build(register, output, trigger: null);
        Assert.Equal(0, calibration.ExitCode);
        Assert.Equal(newState, BuildOutputSafetyTests.Snapshot(output));
        log.WriteLine($"uninterrupted build: {calibration.End.TotalSeconds:F1} s, staging from {calibration.Staged?.TotalSeconds:F1} s, up to {calibration.StagedFiles} files staged");

        var results = new List<string>();
        for (var k = 0; k < Kills; k++)
        {
            // A build that never stages inside its output folder (an earlier version, replayed) gets all 20 kills by time.
            Trigger trigger = k < Kills / 2 || calibration.StagedFiles == 0 ? new AtTime(calibration.End * ((k % (Kills / 2)) + 0.5) / (Kills / 2))
                : k < Kills - 1 ? new AtStagedFiles((int)Math.Ceiling(calibration.StagedFiles * (k - (Kills / 2) + 0.5) / (Kills / 2)))
                : new AtJournal();
            Reset(template, output);
            var run = Build(register, output, trigger);
            var staging = OutputJournal.StagingOf(output);
            var phase = run.ExitCode == 0 ? "finished"
                : File.Exists(Path.Combine(staging, "journal.json")) ? "mid-swap"
                : Directory.Exists(staging) ? "staging"
                : "not yet writing";

            // The next build's first step, as OutputWriter takes it: under the lock, finish or discard what was interrupted.
            using (OutputLock.Take(output))
            {
                OutputJournal.Recover(output);
            }

            var state = BuildOutputSafetyTests.Snapshot(output);
            var verdict = state.SequenceEqual(oldState) ? "old" : state.SequenceEqual(newState) ? "new" : "MIX";
            results.Add($"kill {k + 1,2} {trigger,-26} (at {run.End.TotalSeconds,5:F2} s, {run.StagedFiles,4} files staged): {phase,-15} -> {verdict}");
        }

        results.ForEach(log.WriteLine);
        Assert.DoesNotContain(results, r => r.EndsWith("MIX", StringComparison.Ordinal));
        // Not vacuous: kills landed while the output folder was being written, so recovery had work to do.
        Assert.Contains(results, r => r.Contains("staging", StringComparison.Ordinal));
        Assert.Contains(results, r => r.Contains("mid-swap", StringComparison.Ordinal) || r.Contains("finished", StringComparison.Ordinal));
    }

    private static void Reset(string template, string output)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        ScratchFolder.CopyFolder(template, output);
    }

    /// <summary>Runs <c>register build</c> as its own process; kills it (SIGKILL) when <paramref name="trigger"/> is reached, if given.</summary>
    private static BuildRun Build(string register, string output, Trigger? trigger)
    {
        var home = Path.Combine(Path.GetDirectoryName(output)!, "home");
        var start = new ProcessStartInfo("dotnet", [RegisterProcess.Program, "build", register, "--out", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in RegisterProcess.IsolatedEnvironment(home))
        {
            start.Environment[name] = value;
        }

        var staging = OutputJournal.StagingOf(output);
        var journal = Path.Combine(staging, "journal.json");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        TimeSpan? staged = null;
        var stagedFiles = 0;
        while (!process.HasExited && clock.Elapsed < BuildTimeout)
        {
            var isStaging = Directory.Exists(staging);
            staged ??= isStaging ? clock.Elapsed : null;
            if (isStaging && trigger is null or AtStagedFiles)
            {
                stagedFiles = Math.Max(stagedFiles, StagedFiles(staging));
            }

            var reached = trigger switch
            {
                AtTime t => clock.Elapsed >= t.Time,
                AtStagedFiles f => stagedFiles >= f.Files,
                AtJournal => File.Exists(journal),
                _ => false,
            };
            if (reached)
            {
                process.Kill();
                break;
            }

            Thread.Sleep(1);
        }

        var left = BuildTimeout - clock.Elapsed;
        if (!process.WaitForExit(left > TimeSpan.Zero ? left : TimeSpan.FromSeconds(10)))
        {
            process.Kill();
            process.WaitForExit(TimeSpan.FromSeconds(10));
            Assert.Fail($"register build did not finish within {BuildTimeout.TotalMinutes:0} minutes");
        }

        var end = clock.Elapsed;
        Assert.True(trigger is not null || process.ExitCode == 0,
            $"exit {process.ExitCode}: {(error.Wait(TimeSpan.FromSeconds(10)) ? error.Result : "")}{(standardOutput.Wait(TimeSpan.FromSeconds(10)) ? standardOutput.Result[..Math.Min(2000, standardOutput.Result.Length)] : "")}");
        return new BuildRun(process.ExitCode, staged, stagedFiles, end);
    }

    private static int StagedFiles(string staging)
    {
        try
        {
            return Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Count();
        }
        catch (IOException)
        {
            return 0; // the folder went away between the check and the count (the swap ended)
        }
    }

    private abstract record Trigger;

    private sealed record AtTime(TimeSpan Time) : Trigger
    {
        public override string ToString() => $"at {Time.TotalSeconds:F2} s";
    }

    private sealed record AtStagedFiles(int Files) : Trigger
    {
        public override string ToString() => $"at {Files} files staged";
    }

    private sealed record AtJournal : Trigger
    {
        public override string ToString() => "when the journal appears";
    }

    private sealed record BuildRun(int ExitCode, TimeSpan? Staged, int StagedFiles, TimeSpan End);
}
