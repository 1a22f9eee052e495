using Register.Pipeline;
using Register.Tests.Approval;

namespace Register.Tests.Pipeline;

/// <summary>The example's rendered output is committed under output/ for reviewers; it must match the register.</summary>
public sealed class CommittedOutputTests
{
    [Fact]
    public void The_committed_output_is_what_the_example_register_builds()
    {
        var (result, comparison) = BuildPipeline.Check(RenderedExample.Directory, Path.Combine(Approver.RepoRoot, "output"), RenderedExample.Options);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotNull(comparison);
        Assert.True(
            comparison.IsCurrent,
            "output/ is not up to date; run 'dotnet run --project src/Register.Cli -- build register' and commit output/.\n"
            + string.Join("\n", comparison.Stale.Select(p => "stale: " + p).Concat(comparison.Missing.Select(p => "missing: " + p)).Concat(comparison.Extra.Select(p => "extra: " + p))));
    }
}
