using Register.Diagnostics;
using Register.Pipeline;
using Register.Rendering;
using Register.Rendering.Notices;
using Register.Tests.Pipeline;

namespace Register.Tests.Rendering;

/// <summary>
/// A --templates override that leaves out a part every notice must show is a build error at that template, reported
/// once; the built-in templates show every part, so the check finds nothing in them.
/// </summary>
public sealed class NoticeTemplateCheckTests
{
    [Fact]
    public void The_built_in_templates_show_every_part_of_every_notice_of_the_example()
    {
        var probe = new ProbeFormat("probe");
        var result = BuildPipeline.Render(RenderedExample.Directory, RenderedExample.Options with { Formats = [probe] });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotEmpty(probe.Notices);
        // Every part is looked for: the objection and withdrawal parts exist in some notice of the example.
        Assert.Contains(probe.Notices, n => n.View.Objection is not null);
        Assert.Contains(probe.Notices, n => n.View.Withdrawal is not null);
        Assert.All(probe.Notices, n => Assert.Empty(NoticeTemplateCheck.Missing(n)));
    }

    [Fact]
    public void A_notice_template_without_the_complaint_is_refused_once_at_the_template_for_every_notice_and_language()
    {
        using var templates = new ScratchFolder();
        var builtIn = File.ReadAllText(Path.Combine(Approval.Approver.RepoRoot, "templates", "notice", "notice.md.sbn"));
        templates.Write("notice/notice.md.sbn", builtIn.Replace("{{~ include \"complaint\" ~}}\n", "", StringComparison.Ordinal));

        var result = BuildPipeline.Render(RenderedExample.Directory, RenderedExample.Options with { TemplatesDirectory = templates.Path });

        var refusal = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("REG120", refusal.Code);
        Assert.EndsWith("notice/notice.md.sbn", refusal.At.File, StringComparison.Ordinal);
        var register = result.Validation.Register!;
        var versions = register.Notices.Select(n => $"'{n.Id}' ({string.Join(", ", Register.Views.NoticeCoverage.Languages(n, register))})").ToList();
        Assert.True(versions.Count > 1, string.Join(", ", versions));
        Assert.All(versions, v => Assert.Contains(v, refusal.Message, StringComparison.Ordinal));
        Assert.Empty(result.Files);
    }
}
