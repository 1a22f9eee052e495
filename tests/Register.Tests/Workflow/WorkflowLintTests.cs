using Register.Tests.Approval;

namespace Register.Tests.Workflow;

/// <summary>actionlint (from .ci/tools) finds nothing in the example workflow and the release workflow, and does find a broken one.</summary>
public sealed class WorkflowLintTests
{
    [CiToolFact(CiTools.ActionLint)]
    public void The_example_and_the_release_workflow_pass_actionlint()
    {
        foreach (var file in new[] { "docs/github-actions-register.yml", ".github/workflows/release.yml" })
        {
            var result = Lint(Path.Combine(Approver.RepoRoot, file));

            Assert.True(result.ExitCode == 0, $"actionlint {file}:\n{result.Transcript}");
            Assert.Contains("passed lint checks", result.Output, StringComparison.Ordinal);
        }
    }

    [CiToolFact(CiTools.ActionLint)]
    public void Actionlint_reports_an_unknown_context_property()
    {
        using var folder = new TempFolder();
        var file = folder["broken.yml"];
        File.WriteAllText(file, "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.base_reference }}\n");

        var result = Lint(file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.yml:6:", result.Output, StringComparison.Ordinal);
    }

    private static ChildProcess.Result Lint(string file) =>
        ChildProcess.Run("node", [CiTools.Require(CiTools.ActionLint), file], Path.GetDirectoryName(file)!, null, TimeSpan.FromMinutes(1));
}
