using Register.Instrumentation;
using Register.Loading;
using Register.Output;
using Register.Pipeline;
using Register.Views;

namespace Register.Tests.Pipeline;

/// <summary>
/// An incremental build keeps the documents whose inputs hash as in the last build and renders the others; counted by the
/// build's own list of rendered documents, never timed.
/// </summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void A_build_of_an_unchanged_register_renders_no_document_and_changes_no_file()
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        var first = BuildPipeline.Build(register, output, options);

        BuildResult second;
        using (var probe = WorkProbe.Start())
        {
            second = BuildPipeline.Build(register, output, options);
            // Kept notices are neither built nor rendered: their readability comes from the last build's record of them.
            Assert.Equal(0, probe.Counts.GetValueOrDefault("notice.render"));
            Assert.Equal(0, probe.Counts.GetValueOrDefault("views.notice-activity"));
            // Kept records are not built either, not even for the DPO reports, which are kept too.
            Assert.Equal(0, probe.Counts.GetValueOrDefault("views.record"));
        }

        Assert.False(second.HasErrors, string.Join("\n", second.Diagnostics));
        Assert.Empty(first.KeptDocuments);
        Assert.Equal(["report/dpo/de", "report/dpo/en", "report/dpo/nl"], second.KeptDocuments.Where(d => d.StartsWith("report/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Empty(second.RenderedDocuments);
        Assert.Equal(first.RenderedDocuments.Order(StringComparer.Ordinal), second.KeptDocuments.Order(StringComparer.Ordinal));
        Assert.Empty(second.Written!.Written);
        Assert.Equal(first.Built, second.Built);
        Assert.Equal(first.Readability.Select(Measured), second.Readability.Select(Measured));
    }

    [Fact]
    public void A_cache_without_the_notices_readability_measures_them_again_and_records_it()
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        var first = BuildPipeline.Build(register, output, options);
        // A cache as written before it recorded each notice's readability.
        var cache = Path.Combine(output, DocumentCache.FileName);
        var old = DocumentCache.Read(output).Values.Select(d => d with { Readability = null });
        File.WriteAllBytes(cache, DocumentCache.Write(old));

        var notices = first.RenderedDocuments.Count(d => d.StartsWith("notice/", StringComparison.Ordinal));
        BuildResult second;
        using (var probe = WorkProbe.Start())
        {
            second = BuildPipeline.Build(register, output, options);
            // Each notice is rendered to be measured; its files, unchanged, are kept.
            Assert.Equal(notices, probe.Counts.GetValueOrDefault("notice.render"));
        }

        Assert.False(second.HasErrors, string.Join("\n", second.Diagnostics));
        Assert.Empty(second.RenderedDocuments);
        Assert.Empty(second.Written!.Written);
        Assert.Equal(first.Readability.Select(Measured), second.Readability.Select(Measured));
        Assert.All(DocumentCache.Read(output).Values.Where(d => d.Id.StartsWith("notice/", StringComparison.Ordinal)), d => Assert.NotNull(d.Readability));

        // Measured once more, recorded: the next build renders none.
        using (var probe = WorkProbe.Start())
        {
            var third = BuildPipeline.Build(register, output, options);
            Assert.Equal(0, probe.Counts.GetValueOrDefault("notice.render"));
            Assert.Equal(first.Readability.Select(Measured), third.Readability.Select(Measured));
        }
    }

    /// <summary>Everything a readability score says, as one comparable text.</summary>
    private static string Measured(Register.Readability.NoticeReadability r) =>
        $"{r.NoticeId} {r.Output} {r.Score.Language} {r.Score.Words} {r.Score.Sentences} {r.Score.Syllables} {r.Score.AverageSentenceLength} " +
        $"{r.Score.AverageSyllablesPerWord} {r.Score.ReadingMinutes} {r.Score.Index} {r.Score.Value} {r.Score.Band} {string.Join(" | ", r.Score.LongestSentences)}";

    [Fact]
    public void Changing_one_activity_renders_exactly_the_documents_that_contain_it_and_the_bytes_equal_a_full_build()
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        var before = BuildPipeline.Build(register, output, options);
        var model = before.Validation.Register!;
        var notices = model.Notices.SelectMany(n => NoticeCoverage.Languages(n, model).Select(l => (Notice: n, Language: l))).ToList();
        // An activity some notices cover and others do not, whose name the records print as the notices do.
        var activity = model.Activities.First(a => a.Name.Record is null &&
            notices.Count(v => NoticeCoverage.Activities(v.Notice, model).Contains(a)) is var covering && covering > 0 && covering < notices.Count);
        var file = Path.Combine(register, "activities", Path.GetFileName(activity.At.File));
        var name = activity.Name.Get("en")!;
        File.WriteAllText(file, File.ReadAllText(file).Replace("en: " + name, "en: " + name + " (renamed)", StringComparison.Ordinal));

        BuildResult after;
        using (var probe = WorkProbe.Start())
        {
            after = BuildPipeline.Build(register, output, options);
            // Only the notices that contain the activity are rendered (the others are kept without rendering).
            Assert.Equal(
                notices.Count(v => NoticeCoverage.Activities(v.Notice, model).Any(a => a.Id == activity.Id)),
                probe.Counts.GetValueOrDefault("notice.render"));
        }

        Assert.False(after.HasErrors, string.Join("\n", after.Diagnostics));
        var containing = notices
            .Where(v => NoticeCoverage.Activities(v.Notice, model).Any(a => a.Id == activity.Id))
            .Select(v => $"notice/{v.Notice.Id}/{v.Language}");
        // The records list every activity, and the DPO reports' inputs are their records'.
        var records = before.RenderedDocuments.Where(d => d.StartsWith("record/", StringComparison.Ordinal) || d.StartsWith("report/", StringComparison.Ordinal));
        Assert.Equal(containing.Concat(records).Order(StringComparer.Ordinal), after.RenderedDocuments.Order(StringComparer.Ordinal));
        Assert.NotEmpty(after.KeptDocuments);
        Assert.Contains(after.Written!.Written, p => p.StartsWith("records/", StringComparison.Ordinal));

        // Every byte as a build from scratch makes it.
        var fresh = Path.Combine(scratch.Path, "fresh");
        var full = BuildPipeline.Build(register, fresh, options);
        Assert.Equal(before.RenderedDocuments.Count, full.RenderedDocuments.Count);
        Assert.Equal(full.Built, after.Built);
        foreach (var built in full.Built)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(fresh, built.Path)), File.ReadAllBytes(Path.Combine(output, built.Path)));
        }

        Assert.Equal(File.ReadAllBytes(Path.Combine(fresh, OutputManifest.FileName)), File.ReadAllBytes(Path.Combine(output, OutputManifest.FileName)));
    }

    [Fact]
    public void A_kept_file_changed_by_hand_makes_its_document_render_again_and_check_uses_the_same_hashes()
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        BuildPipeline.Build(register, output, options);
        var (current, comparison) = BuildPipeline.Check(register, output, options);
        Assert.True(comparison!.IsCurrent);
        Assert.Empty(current.RenderedDocuments);

        File.WriteAllText(Path.Combine(output, "records", "nl", "art30-controller.md"), "changed by hand");
        var (stale, changed) = BuildPipeline.Check(register, output, options);

        Assert.Equal(["records/nl/art30-controller.md"], changed!.Stale);
        Assert.Equal(["record/art30-controller/nl"], stale.RenderedDocuments);
    }

    /// <summary>
    /// build --check reads the output folder once: each file's hash (for the documents it keeps and for the comparison)
    /// and the manifest, not once for the reuse and again for the comparison.
    /// </summary>
    [Fact]
    public void Check_hashes_each_file_of_the_output_folder_once()
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        BuildPipeline.Build(register, output, options);
        using var probe = Register.Instrumentation.WorkProbe.Start();
        var (result, comparison) = BuildPipeline.Check(register, output, options);

        Assert.True(comparison!.IsCurrent);
        Assert.NotEmpty(result.KeptDocuments);
        // Every file compared, the manifest among them, once: the kept ones were hashed for the reuse already.
        Assert.Equal(Register.Output.OutputComparison.WithManifest(result.Built).Count, probe.Counts["output.hash"]);
    }

    /// <summary>
    /// The inputs hash holds the template and phrase files the build renders with, as it read them (TemplateSource): an
    /// override renders everything again; a file in the folder that the build does not read changes nothing.
    /// </summary>
    [Fact]
    public void A_template_override_renders_everything_again_and_a_file_the_build_does_not_read_nothing()
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        var first = BuildPipeline.Build(register, output, options);
        var templates = Path.Combine(scratch.Path, "templates");
        scratch.Write("templates/README.txt", "no overrides yet");

        var unread = BuildPipeline.Build(register, output, options with { TemplatesDirectory = templates });
        scratch.Write("templates/i18n/en.yaml", "notice:\n  rights_heading: Your rights under the GDPR\n");
        var again = BuildPipeline.Build(register, output, options with { TemplatesDirectory = templates });

        Assert.Empty(unread.RenderedDocuments);
        Assert.Equal(first.RenderedDocuments.Order(StringComparer.Ordinal), unread.KeptDocuments.Order(StringComparer.Ordinal));
        Assert.Empty(again.KeptDocuments);
        Assert.NotEmpty(again.RenderedDocuments);
    }

    private static (string Register, string Output, BuildOptions Options) Setup(ScratchFolder scratch)
    {
        var register = scratch.Copy(RenderedExample.Directory, "register");
        var options = RenderedExample.Options with
        {
            Validation = RenderedExample.Options.Validation with { Load = new LoadOptions { DisplayRoot = scratch.Path } },
        };
        return (register, Path.Combine(scratch.Path, "output"), options);
    }
}
