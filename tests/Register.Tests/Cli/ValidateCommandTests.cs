using System.Text.Json;

namespace Register.Tests.Cli;

public sealed class ValidateCommandTests
{
    private const string Today = "2026-02-01";

    [Fact]
    public void A_valid_register_exits_0_and_prints_the_summary()
    {
        var run = CliRun.Of("validate", CliRun.Fixture("valid"), "--today", Today);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings in 2 files\n", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void The_example_register_validates_with_exit_code_0()
    {
        var run = CliRun.Of("validate", Path.Combine(Approval.Approver.RepoRoot, "register"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Matches(@"^0 errors, \d+ warnings? in \d+ files\n$", run.Output.Split('\n')[^2] + "\n");
    }

    [Fact]
    public void An_invalid_register_exits_1_with_the_diagnostic_at_its_place()
    {
        using var register = new TempRegister();
        var organisation = File.ReadAllText(register.PathOf("organisation.yaml"));
        register.Write("organisation.yaml", organisation + "languages: [de]\n");

        var run = CliRun.Of("validate", register.Directory, "--today", Today);

        Assert.Equal(1, run.ExitCode);
        var lines = organisation.Split('\n').Length;
        Assert.Contains($"register/organisation.yaml:{lines}:1: error REG002: The key 'languages' appears twice", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{lines,5} | languages: [de]\n      | ^\n", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("1 error, 0 warnings in 2 files\n", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void A_missing_folder_exits_2_with_one_line_on_stderr()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-register-" + Guid.NewGuid().ToString("N"));

        var run = CliRun.Of("validate", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"register: the register folder '{missing}' does not exist", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_link_in_the_activities_is_a_diagnostic_naming_the_link_with_exit_1()
    {
        using var register = new TempRegister();
        // Issue 9: a link to a file that does not exist is reported on the link (REG300), and the rest is still validated.
        File.CreateSymbolicLink(register.PathOf("activities/broken.yaml"), Path.Combine(register.Directory, "gone.yaml"));

        var run = CliRun.Of("validate", register.Directory, "--today", Today);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("broken.yaml:1:1: error REG300", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("gone.yaml", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_given_as_the_folder_exits_2()
    {
        using var register = new TempRegister();

        var run = CliRun.Of("validate", register.PathOf("organisation.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file, not a folder", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--report", "xml")]
    [InlineData("--today", "2026-13-01")]
    [InlineData("--max-depth", "0")]
    [InlineData("--max-nodes", "many")]
    [InlineData("--no-such-option")]
    public void Usage_errors_exit_2_with_the_problem_and_a_pointer_to_help(params string[] options)
    {
        var run = CliRun.Of(["validate", CliRun.Fixture("valid"), .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("register: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'register validate --help' to see the usage.", run.ErrorLines[^1]);
    }

    [Fact]
    public void An_unknown_format_is_named_with_the_choices_on_one_line()
    {
        var run = CliRun.Of("validate", "--report", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("register: Argument 'xml' not recognized. Must be one of: 'text' 'json' 'github' 'sarif'", run.ErrorLines[0]);
        Assert.Equal(2, run.ErrorLines.Count);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("Run 'register --help' to see the usage.", run.ErrorLines[^1]);
    }

    [Fact]
    public void Json_format_writes_one_document_with_the_schema_version_and_counts()
    {
        var run = CliRun.Of("validate", CliRun.Fixture("valid"), "--report", "json", "--today", Today);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Github_format_writes_an_annotation_per_diagnostic()
    {
        using var register = new TempRegister();
        register.Write("activities/broken.yaml", "id: [unclosed\n");

        var run = CliRun.Of("validate", register.Directory, "--report", "github", "--today", Today);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^::error file=[^,]*register/activities/broken\.yaml,line=\d+,col=\d+,title=REG001::", run.Output);
    }

    [Fact]
    public void Sarif_format_writes_a_sarif_2_1_0_log()
    {
        using var register = new TempRegister();
        register.Write("activities/broken.yaml", "id: [unclosed\n");

        var run = CliRun.Of("validate", register.Directory, "--report", "sarif", "--today", Today);

        Assert.Equal(1, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("REG001", result.GetProperty("ruleId").GetString());
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void Colour_only_on_a_terminal_without_NO_COLOR(bool isTerminal, bool noColor, bool expectColour)
    {
        using var register = new TempRegister();
        register.Write("activities/broken.yaml", "id: [unclosed\n");

        var run = CliRun.With(isTerminal, noColor, "validate", register.Directory, "--today", Today);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expectColour, run.Output.Contains('\u001b', StringComparison.Ordinal));
        Assert.Contains("REG001", run.Output, StringComparison.Ordinal);
    }
}
