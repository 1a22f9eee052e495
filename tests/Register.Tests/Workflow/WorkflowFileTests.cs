using Register.Tests.Approval;
using YamlDotNet.RepresentationModel;

namespace Register.Tests.Workflow;

/// <summary>The example GitHub Actions workflow only runs register commands that work, run here the way the workflow runs them.</summary>
public sealed class WorkflowFileTests
{
    [Fact]
    public void Every_register_command_of_the_example_workflow_succeeds_on_a_pull_request_branch()
    {
        var commands = RunLines()
            .Where(l => l.StartsWith("dotnet register ", StringComparison.Ordinal))
            .Select(l => CommandLine.Arguments(l, new Dictionary<string, string> { ["BASE_REF"] = "main" }).Skip(2).ToList())
            .ToList();
        Assert.Equal(
            ["validate --format github", "build --check", "diff --from origin/main --to HEAD --format markdown", "build"],
            commands.Select(c => string.Join(' ', c)));

        using var repository = new ExampleRepository();
        foreach (var command in commands)
        {
            var (code, output, error) = RegisterProcess.Run(repository.Path, command);
            Assert.True(code == 0, $"'register {string.Join(' ', command)}' exited with {code}:\n{output}{error}");
            if (command[0] == "diff")
            {
                Assert.StartsWith("<!-- register-diff -->\n", output, StringComparison.Ordinal);
                Assert.Contains("- Retention of Contact form and email changed from 1 year to 2 years.", output);
            }
        }
    }

    [Fact]
    public void The_workflow_publishes_the_site_folder_the_build_writes()
    {
        var text = File.ReadAllText(Path.Combine(Approver.RepoRoot, "docs", "github-actions-register.yml"));

        Assert.Contains("path: output/site", text);
        Assert.Contains("fetch-depth: 0", text);
    }

    private static IEnumerable<string> RunLines()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Approver.RepoRoot, "docs", "github-actions-register.yml"))));
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        foreach (var job in jobs.Children.Values.Cast<YamlMappingNode>())
        {
            foreach (var step in ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
            {
                if (step.Children.TryGetValue(new YamlScalarNode("run"), out var run))
                {
                    foreach (var line in ((YamlScalarNode)run).Value!.Split('\n'))
                    {
                        yield return line.Trim();
                    }
                }
            }
        }
    }
}
