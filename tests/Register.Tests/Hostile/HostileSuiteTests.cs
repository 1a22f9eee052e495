using System.Diagnostics;
using System.Text.Json;
using Register.Tests.Cli;
using Register.Tests.Workflow;
using Xunit.Abstractions;

namespace Register.Tests.Hostile;

/// <summary>
/// Issue 9 item 4: a hostile suite run through the CLI. Invalid input gives a diagnostic with file, line and column,
/// exit 1, no stack trace and nothing written; dangerous but valid text never becomes live markup, script, link or
/// formula in any output. Each case's time is logged (the longest is in the closing note), never asserted.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class HostileSuiteTests(ITestOutputHelper log)
{
    public static TheoryData<string> InvalidInput { get; } = new(InvalidInputCases.All.Select(c => c.Name));

    public static TheoryData<string> FileSystem { get; } = new(FileSystemCases.All.Select(c => c.Name));

    public static TheoryData<string> DangerousText { get; } = new(DangerousTextCases.All.Keys);

    [Theory]
    [MemberData(nameof(InvalidInput))]
    public void Invalid_value_gives_a_located_diagnostic_exit_1_and_writes_nothing(string name) =>
        AssertRefused(InvalidInputCases.All.Single(c => c.Name == name));

    [Theory]
    [MemberData(nameof(FileSystem))]
    public void File_system_entry_that_is_not_a_plain_register_file_gives_a_diagnostic_and_writes_nothing(string name)
    {
        AssertRefused(FileSystemCases.All.Single(c => c.Name == name));
    }

    [Theory]
    [MemberData(nameof(DangerousText))]
    public void Dangerous_text_builds_but_never_becomes_live_in_any_output(string name)
    {
        var payload = DangerousTextCases.All[name];
        using var register = HostileRegister.Create();
        HostileRegister.Replace(register, HostileRegister.Activity, "  en: Contact form", "  en: " + HostileRegister.Quoted("Contact " + payload));
        HostileRegister.Replace(register, HostileRegister.Activity, "      en: To answer questions sent through the contact form.",
            "      en: " + HostileRegister.Quoted(payload));
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");

        var (run, elapsed) = Timed(() => CliRun.Of("build", register.Directory, "--out", output));
        log.WriteLine($"{name}: {elapsed.TotalMilliseconds:F0} ms");

        Assert.True(run.ExitCode == 0, $"{name}: exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Contains(Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories), f => f.Contains("notices", StringComparison.Ordinal));
        Assert.Empty(OutputInspector.Problems(output));
    }

    [Fact]
    public void A_link_to_the_environment_is_never_quoted_in_the_text_report()
    {
        using var register = HostileRegister.Create();
        FileSystemCases.Link(register, "activities/environ.yaml", "/proc/self/environ");
        Environment.SetEnvironmentVariable("REGISTER_HOSTILE_SECRET", "s3cr3t-value-9f2c");
        try
        {
            var run = CliRun.Of("validate", register.Directory);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("REG300", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cr3t-value-9f2c", run.Output + run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("PATH=", run.Output + run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("REGISTER_HOSTILE_SECRET", null);
        }
    }

    [Fact]
    public void A_binary_file_inside_the_register_is_reported_but_never_quoted()
    {
        using var register = HostileRegister.Create();
        register.Write("activities/secret.yaml", [.. "id: x\nname: "u8, 0xFF, .. "\nTOKEN=abc123-not-for-logs\n"u8]);

        var run = CliRun.Of("validate", register.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("REG012", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("abc123-not-for-logs", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_that_stays_inside_the_register_is_followed()
    {
        using var register = HostileRegister.Create();
        var activity = File.ReadAllText(register.PathOf(HostileRegister.Activity));
        register.Write("shared/contact-form.yaml", activity);
        File.Delete(register.PathOf(HostileRegister.Activity));
        FileSystemCases.Link(register, HostileRegister.Activity, Path.Combine("..", "shared", "contact-form.yaml"));

        var run = CliRun.Of("validate", register.Directory, "--report", "json");

        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Fact]
    public void A_file_name_that_is_not_UTF_8_is_reported_and_the_rest_of_the_register_is_still_validated()
    {
        using var register = HostileRegister.Create();
        FileSystemCases.All.Single(c => c.Name == "file name that is not UTF-8").Arrange(register);
        HostileRegister.Replace(register, HostileRegister.Activity, "basis: legitimate_interests", "basis: nonsense");

        var run = CliRun.Of("validate", register.Directory, "--report", "json");
        FileSystemCases.RemoveRawNames(register);

        Assert.Equal(1, run.ExitCode);
        var codes = Diagnostics(run.Output).Select(d => d.Code).ToList();
        Assert.Contains("REG301", codes);
        Assert.Contains("REG006", codes);
    }

    [Fact]
    public async Task Files_that_vanish_while_the_register_is_read_never_crash_the_tool()
    {
        using var register = HostileRegister.Create();
        var path = register.PathOf("activities/flicker.yaml");
        var text = File.ReadAllText(register.PathOf(HostileRegister.Activity)).Replace("contact-form", "flicker", StringComparison.Ordinal);
        using var stop = new CancellationTokenSource();
        var flicker = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                File.WriteAllText(path, text);
                File.Delete(path);
            }
        });
        try
        {
            for (var i = 0; i < 25; i++)
            {
                var run = CliRun.Of("validate", register.Directory, "--report", "json");
                Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Error}");
                Assert.Equal("", run.Error);
                Assert.All(Diagnostics(run.Output).Where(d => d.File.EndsWith("flicker.yaml", StringComparison.Ordinal)), d => Assert.True(d.Code is "REG018" or "REG016" or "REG001" or "REG005" or "REG092", d.Code));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await flicker;
        }
    }

    [Fact]
    public void An_unreadable_file_is_one_line_naming_it_with_exit_2()
    {
        using var register = HostileRegister.Create();
        var path = register.PathOf(HostileRegister.Activity);
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            using var scratch = new ScratchFolder();
            var output = Path.Combine(scratch.Path, "output");
            string[] arguments = ["build", register.Directory, "--out", output];
            CliRun run;
            if (!CanRead(path))
            {
                run = CliRun.Of(arguments);
            }
            else if (WithoutFilePermissionOverride is { } prefix)
            {
                // Root reads a file with mode 000 through its capabilities CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH: the tool
                // runs as its own process without them (still root, the owner of every file here), as any other user would.
                var (exitCode, standardOutput, standardError) = RegisterProcess.Run(scratch.Path, arguments, prefix: prefix);
                run = new CliRun(exitCode, standardOutput, standardError);
            }
            else
            {
                Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI runs as root with setpriv (util-linux): this case must run there.");
                log.WriteLine("Skipped: this user reads a file with mode 000 and setpriv is not here to drop that right.");
                return;
            }

            Assert.Equal(2, run.ExitCode);
            Assert.Single(run.ErrorLines);
            Assert.Contains("contact-form.yaml", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(output));
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>A command prefix that runs a program without root's right to read any file, where this process has it.</summary>
    private static string[]? WithoutFilePermissionOverride =>
        File.Exists("/usr/bin/setpriv") ? ["/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"] : null;

    [Fact]
    public void A_web_address_with_query_and_fragment_is_published_exactly_as_written()
    {
        const string Address = "https://www.example.com/privacy?a=1&b=x_y*z#top";
        using var register = HostileRegister.Create();
        HostileRegister.Append(register, HostileRegister.Organisation, "website: " + HostileRegister.Quoted(Address) + "\n");
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");

        var run = CliRun.Of("build", register.Directory, "--out", output);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "notices", "privacy-website.en.html")));
        var links = page.QuerySelectorAll("a[href*='example.com']").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Equal(Address, href));
    }

    private void AssertRefused(InvalidCase test)
    {
        using var register = HostileRegister.Create();
        try
        {
            AssertRefused(test, register);
        }
        finally
        {
            FileSystemCases.RemoveRawNames(register);
        }
    }

    private void AssertRefused(InvalidCase test, TempRegister register)
    {
        test.Arrange(register);
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");

        var (run, elapsed) = Timed(() => CliRun.Of("build", register.Directory, "--out", output, "--report", "json"));
        log.WriteLine($"{test.Name}: {elapsed.TotalMilliseconds:F0} ms");

        Assert.True(run.ExitCode == 1, $"{test.Name}: exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "the build wrote its output folder");
        var found = Diagnostics(run.Output).Where(d => d.File.EndsWith(test.File, StringComparison.Ordinal)).Select(d => $"{d.Code} {d.Line}:{d.Column}").ToList();
        Assert.True(found.Contains($"{test.Code} {test.Line}:{test.Column}"), $"{test.Name}: expected {test.Code} at {test.File}:{test.Line}:{test.Column}, got\n{run.Output}");
    }

    private static (CliRun Run, TimeSpan Elapsed) Timed(Func<CliRun> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        return (result, clock.Elapsed);
    }

    private static List<(string Code, string File, int Line, int Column)> Diagnostics(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()))
            .ToList();
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
