using NodaTime;
using Register.Benchmarks;
using Register.Instrumentation;
using Register.Loading;
using Register.Pipeline;
using Register.Tests.Approval;
using Register.Validation;

namespace Register.Tests.Benchmarks;

/// <summary>
/// No stage does more than linear work: the same build on a register four times as large counts at most four times the
/// units of work in every stage (a counting probe, never a timer). A quadratic stage, such as a linear search per id,
/// would count sixteen times as many.
/// </summary>
public sealed class LinearWorkTests
{
    private static readonly string Example = Path.Combine(Approver.RepoRoot, "register");

    [Fact]
    public void Every_stage_grows_at_most_linearly_with_the_number_of_activities()
    {
        // Multiples of the example's 21 activities, both below one unit (500), so each copy has the same shape and notices.
        var small = Count(21 * 5);
        var large = Count(21 * 20);

        Assert.Equal(small.Keys.Order(StringComparer.Ordinal), large.Keys.Order(StringComparer.Ordinal));
        foreach (var stage in new[] { "coverage.section", "coverage.notice", "views.notice-activity", "docx.element", "xlsx.row" })
        {
            Assert.True(small.GetValueOrDefault(stage) > 0, $"stage {stage} was not counted");
        }

        foreach (var (stage, units) in small)
        {
            var ratio = (double)large[stage] / units;
            Assert.True(ratio <= 4.0 + 1e-9, $"{stage}: {units} units at 105 activities, {large[stage]} at 420 (x{ratio:0.00}, more than linear)");
        }
    }

    private static Dictionary<string, long> Count(int activities)
    {
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(scratch.Path, "register");
        ScaledRegister.WriteRealistic(Example, folder, activities);
        var options = new BuildOptions
        {
            Validation = new ValidationOptions { Load = new LoadOptions { DisplayRoot = scratch.Path }, Today = new LocalDate(2026, 11, 21) },
        };

        using var probe = WorkProbe.Start();
        var result = BuildPipeline.Render(folder, options);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Take(10).Select(d => $"{d.Code}: {d.Message}")));
        return new Dictionary<string, long>(probe.Counts, StringComparer.Ordinal);
    }
}
