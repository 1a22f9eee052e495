using System.Text.Json;
using Register.Loading;
using Register.Tests.Cli;
using Register.Tests.Hostile;

namespace Register.Tests.Loading;

/// <summary>
/// Issue 9 item 2, the race: an entry checked as a plain file may be swapped for a FIFO, a device or a link before it is
/// opened. The reader checks again on the open descriptor, and opens without waiting for a FIFO's writer.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class RegisterFileSwapTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_FIFO_is_opened_without_blocking_and_seen_as_not_a_plain_file()
    {
        using var register = HostileRegister.Create();
        FileSystemCases.Fifo(register, "activities/pipe.yaml");

        var open = Task.Run(() =>
        {
            using var handle = UnixFileType.OpenPlain(register.PathOf("activities/pipe.yaml"), out var kind, out _);
            return (handle, kind);
        });

        var (handle, kind) = await open.WaitAsync(Limit);
        Assert.NotNull(handle);
        Assert.Equal(UnixFileType.Kind.Other, kind);
    }

    [Fact]
    public void The_open_file_tells_where_a_link_really_leads()
    {
        using var register = HostileRegister.Create();
        var outside = FileSystemCases.Outside(register, "other.yaml", "id: other\n");
        FileSystemCases.Link(register, "activities/other.yaml", outside);

        using var handle = UnixFileType.OpenPlain(register.PathOf("activities/other.yaml"), out var kind, out var opened);

        Assert.NotNull(handle);
        Assert.Equal(UnixFileType.Kind.Regular, kind);
        Assert.Equal(Path.GetFullPath(outside), opened);
    }

    [Fact]
    public async Task A_file_swapped_for_a_FIFO_while_the_register_is_read_never_blocks_nor_crashes_the_tool()
    {
        using var register = HostileRegister.Create();
        var path = register.PathOf("activities/flip.yaml");
        var plain = register.PathOf("flip.plain");
        var pipe = register.PathOf("flip.pipe");
        File.WriteAllText(plain, File.ReadAllText(register.PathOf(HostileRegister.Activity)).Replace("contact-form", "flip", StringComparison.Ordinal));
        FileSystemCases.Fifo(register, "flip.pipe");
        using var stop = new CancellationTokenSource();
        var swaps = 0;
        var flipper = Task.Run(() =>
        {
            // The entry alternates between the plain file and the FIFO, each renamed into place (one atomic step).
            while (!stop.IsCancellationRequested)
            {
                File.Move(plain, path);
                File.Move(path, plain);
                File.Move(pipe, path);
                File.Move(path, pipe);
                swaps++;
            }
        });
        try
        {
            var codes = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < 25; i++)
            {
                // WaitAsync throws TimeoutException if validate blocks on the FIFO.
                var run = await Task.Run(() => CliRun.Of("validate", register.Directory, "--report", "json")).WaitAsync(Limit);
                Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Error}");
                Assert.Equal("", run.Error);
                using var report = JsonDocument.Parse(run.Output);
                foreach (var diagnostic in report.RootElement.GetProperty("diagnostics").EnumerateArray()
                    .Where(d => d.GetProperty("file").GetString()!.EndsWith("flip.yaml", StringComparison.Ordinal)))
                {
                    codes.Add(diagnostic.GetProperty("code").GetString()!);
                }
            }

            // Only "not a plain file" (REG300) or "disappeared while read" (REG018) may be said of the entry.
            Assert.All(codes, code => Assert.Contains(code, new[] { "REG300", "REG018" }));
        }
        finally
        {
            await stop.CancelAsync();
            await flipper;
        }

        Assert.True(swaps > 0);
    }
}
