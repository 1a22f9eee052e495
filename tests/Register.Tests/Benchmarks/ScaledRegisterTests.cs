using NodaTime;
using Register.Benchmarks;
using Register.Loading;
using Register.Pipeline;
using Register.Tests.Approval;
using Register.Tests.Pipeline;
using Register.Validation;

namespace Register.Tests.Benchmarks;

/// <summary>The larger registers the benchmarks read stay valid, so the figures keep measuring real work.</summary>
public sealed class ScaledRegisterTests
{
    private static readonly string Example = Path.Combine(Approver.RepoRoot, "register");

    private static ValidationOptions Options(string root) => new()
    {
        Load = new LoadOptions { DisplayRoot = root },
        Today = new LocalDate(2026, 11, 21),
    };

    // x50 is the largest register the benchmarks read; x10 is made the same way.
    [Fact]
    public void Scaled_register_validates_with_no_errors_and_no_warnings()
    {
        const int Factor = 50;
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(scratch.Path, "register");
        var originals = Directory.GetFiles(Path.Combine(Example, "activities"), "*.yaml").Length;

        var written = ScaledRegister.Write(Example, folder, Factor);
        var report = RegisterValidation.Run(folder, Options(scratch.Path));

        var shown = string.Join("\n", report.Diagnostics.Take(20).Select(d => $"{d.At.File}:{d.At.Line}:{d.At.Column}: {d.Code}: {d.Message}"));
        Assert.True(report.Diagnostics.Count == 0, shown);
        Assert.Equal(originals * Factor, written);
        var ids = report.Register!.Activities.Select(a => a.Id).ToList();
        Assert.Equal(originals * Factor, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(ScaledRegister.CopyId("contact-form", Factor), ids);
    }

    [Fact]
    public void Copies_are_listed_in_the_notice_sections_that_name_activities()
    {
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(scratch.Path, "register");

        ScaledRegister.Write(Example, folder, 3);
        var notices = File.ReadAllText(Path.Combine(folder, "notices.yaml"));

        Assert.Contains("activities: [contact-form, contact-form-copy02, contact-form-copy03]", notices, StringComparison.Ordinal);
        Assert.DoesNotContain("copy04", notices, StringComparison.Ordinal);
    }

    [Fact]
    public void Scaled_register_renders_the_same_documents_as_the_example()
    {
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(scratch.Path, "register");
        ScaledRegister.Write(Example, folder, 2);
        var options = new BuildOptions { Validation = Options(scratch.Path) };

        var scaled = BuildPipeline.Render(folder, options);
        var example = RenderedExample.Render();

        Assert.False(scaled.HasErrors, string.Join("\n", scaled.Diagnostics.Take(20).Select(d => $"{d.Code}: {d.Message}")));
        Assert.NotEmpty(scaled.Files);
        Assert.Equal(example.Files.Select(f => f.Path), scaled.Files.Select(f => f.Path));
    }

    // Two units: the second unit's notices get ids, outputs and titles of their own, and every notice lists only its unit.
    [Fact]
    public void A_realistic_register_has_the_exact_size_validates_clean_and_gets_a_set_of_notices_per_unit()
    {
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(scratch.Path, "register");

        var notices = ScaledRegister.WriteRealistic(Example, folder, 1000);
        var report = RegisterValidation.Run(folder, Options(scratch.Path));

        var shown = string.Join("\n", report.Diagnostics.Take(20).Select(d => $"{d.At.File}:{d.At.Line}:{d.At.Column}: {d.Code}: {d.Message}"));
        Assert.True(report.Diagnostics.Count == 0, shown);
        var register = report.Register!;
        Assert.Equal(1000, register.Activities.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2, ScaledRegister.UnitsFor(1000));
        Assert.Equal(notices, register.Notices.Count);
        Assert.Equal(8, notices);
        Assert.Equal(register.Notices.Count, register.Notices.Select(n => n.Output).Distinct(StringComparer.Ordinal).Count());
        var second = register.Notices.Single(n => n.Id == "debtors-u02");
        Assert.All(second.Sections.SelectMany(s => s.Activities), id => Assert.Matches("-copy(2[6-9]|[3-4][0-9]|50)$", id));
        Assert.All(second.Sections, s => Assert.Empty(s.Audiences));
    }
}
