using System.Text.RegularExpressions;
using Register.Tests.Approval;

namespace Register.Tests.Workflow;

/// <summary>docs/for-legal-teams.md cannot rot: its commands run, and its example output is what the tool prints.</summary>
public sealed partial class LegalTeamDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Approver.RepoRoot, "docs", "for-legal-teams.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Every_register_command_in_the_doc_runs_and_succeeds_on_the_example_register()
    {
        var commands = ShellBlocks().Matches(Doc)
            .SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("register ", StringComparison.Ordinal))
            .ToList();
        Assert.True(commands.Count >= 6, $"Only {commands.Count} commands found in the doc's shell blocks.");

        using var repository = new ExampleRepository();
        foreach (var command in commands)
        {
            var (code, output, error) = RegisterProcess.Run(repository.Path, CommandLine.Arguments(command).Skip(1));
            Assert.True(code == 0, $"'{command}' exited with {code}:\n{output}{error}");
        }
    }

    [Fact]
    public void The_error_example_is_what_validate_prints()
    {
        using var repository = new ExampleRepository(withBranch: false);
        repository.Git.Edit(ExampleRepository.ContactForm, "\nretention:", "\nretension:");

        var (code, output, _) = RegisterProcess.Run(repository.Path, ["validate", "--today", "2026-11-15"]);

        Assert.Equal(1, code);
        AssertShown("validate-error", output);
    }

    [Fact]
    public void The_diff_example_is_what_diff_prints()
    {
        using var repository = new ExampleRepository(withBranch: false);
        repository.Git.Edit(ExampleRepository.ContactForm, "period: P1Y", "period: P2Y");

        var (code, output, _) = RegisterProcess.Run(repository.Path, ["diff"]);

        Assert.Equal(0, code);
        AssertShown("diff", output);
    }

    /// <summary>Every line of the doc's example block appears in what the tool printed (commit ids aside).</summary>
    private static void AssertShown(string example, string output)
    {
        var block = Regex.Match(Doc, $"<!-- example: {example} -->\n```text\n(.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, $"docs/for-legal-teams.md has no example block '{example}'.");
        var printed = output.Split('\n').Select(Scrub).ToHashSet(StringComparer.Ordinal);
        foreach (var line in block.Groups[1].Value.Split('\n').Where(l => l.Length > 0).Select(Scrub))
        {
            Assert.True(printed.Contains(line), $"The doc shows\n  {line}\nbut the tool printed:\n{output}");
        }
    }

    private static string Scrub(string line) => CommitId().Replace(line, "(commit)");

    [GeneratedRegex("```shell\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlocks();

    [GeneratedRegex(@"\([0-9a-f]{7}\)")]
    private static partial Regex CommitId();
}
