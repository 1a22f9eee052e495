using Register.Diagnostics;
using Register.Instrumentation;
using Register.Loading;
using Register.Output;
using Register.Pipeline;
using Register.Reporting;

namespace Register.Tests.Pipeline;

/// <summary>
/// A build whose fingerprint (the tool, the options, the templates and every register file it reads) is the last build's,
/// with the output folder as written, replays the last verdict without loading the register; anything the verdict
/// depends on makes it load and validate again. Counted by the build's own probes, never timed.
/// </summary>
public sealed class BuildReplayTests
{
    [Fact]
    public void A_build_with_nothing_changed_replays_the_last_verdict_as_every_report_prints_it()
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        var first = BuildPipeline.Build(register, output, options);
        var cache = File.ReadAllBytes(Path.Combine(output, DocumentCache.FileName));

        BuildResult second;
        using (var probe = WorkProbe.Start())
        {
            second = BuildPipeline.Build(register, output, options);
            Assert.Equal(0, probe.Counts.GetValueOrDefault("validation.run"));
            Assert.Equal(0, probe.Counts.GetValueOrDefault("notice.render"));
            Assert.Equal(1, probe.Counts.GetValueOrDefault("build.replayed"));
        }

        Assert.False(first.Replayed);
        Assert.True(second.Replayed);
        // The review warnings of --today, with their quoted lines, fixes and file count, as the validating build printed them.
        Assert.Contains(first.Diagnostics, d => d.Severity == Severity.Warning);
        foreach (var format in new[] { ReportFormat.Text, ReportFormat.Json, ReportFormat.GitHub, ReportFormat.Sarif })
        {
            Assert.Equal(Printed(first, format), Printed(second, format));
        }

        Assert.Equal(first.Built, second.Built);
        Assert.Equal(first.Readability.Select(Measured), second.Readability.Select(Measured));
        Assert.Equal(first.RenderedDocuments.Order(StringComparer.Ordinal), second.KeptDocuments);
        Assert.Empty(second.Written!.Written);
        Assert.Equal(first.Built.Count, second.Written.Unchanged.Count);
        Assert.Equal(cache, File.ReadAllBytes(Path.Combine(output, DocumentCache.FileName)));
    }

    [Fact]
    public void Check_replays_the_verdict_of_the_build_it_checks()
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        var built = BuildPipeline.Build(register, output, options);

        using var probe = WorkProbe.Start();
        var (result, comparison) = BuildPipeline.Check(register, output, options);

        Assert.True(result.Replayed);
        Assert.Equal(0, probe.Counts.GetValueOrDefault("validation.run"));
        Assert.True(comparison!.IsCurrent);
        Assert.Equal(Printed(built, ReportFormat.Json), Printed(result, ReportFormat.Json));
    }

    /// <summary>Each change, made after a first build, to something the verdict or the files depend on.</summary>
    public static TheoryData<string> Changes { get; } =
    [
        "an activity edited", "an activity added", "an optional file removed", "a file of the output changed by hand",
        "--today", "--as-of", "the review period", "--format", "the folder paths are shown from", "a template override",
    ];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Anything_the_verdict_depends_on_makes_the_build_load_the_register_again(string change)
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        BuildPipeline.Build(register, output, options);
        var activity = Directory.EnumerateFiles(Path.Combine(register, "activities")).Order(StringComparer.Ordinal).First();
        var changed = options;
        switch (change)
        {
            case "an activity edited":
                File.AppendAllText(activity, "\n# reviewed again\n");
                break;
            case "an activity added":
                File.Copy(activity, Path.Combine(register, "activities", "zz-copy.yaml"));
                break;
            case "an optional file removed":
                File.Delete(Path.Combine(register, RegisterLoader.ChangelogFile));
                break;
            case "a file of the output changed by hand":
                File.WriteAllText(Path.Combine(output, "records", "nl", "art30-controller.md"), "changed by hand");
                break;
            case "--today":
                changed = options with { Validation = options.Validation with { Today = new NodaTime.LocalDate(2029, 6, 2) } };
                break;
            case "--as-of":
                changed = options with { AsOf = new NodaTime.LocalDate(2029, 6, 1) };
                break;
            case "the review period":
                changed = options with { Validation = options.Validation with { ReviewMonths = 24 } };
                break;
            case "--format":
                changed = options with { Formats = [Register.Rendering.Formats.OutputFormats.Markdown] };
                break;
            case "the folder paths are shown from":
                changed = options with { Validation = options.Validation with { Load = options.Validation.Load with { DisplayRoot = register } } };
                break;
            case "a template override":
                scratch.Write("templates/i18n/en.yaml", "notice:\n  rights_heading: Your rights under the GDPR\n");
                changed = options with { TemplatesDirectory = Path.Combine(scratch.Path, "templates") };
                break;
        }

        BuildsLoadingTheRegister(register, output, changed);
    }

    [Fact]
    public void After_a_change_the_next_build_replays_the_new_verdict()
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        BuildPipeline.Build(register, output, options);
        var later = options with { Validation = options.Validation with { Today = new NodaTime.LocalDate(2031, 1, 1) } };
        var validated = BuildPipeline.Build(register, output, later);

        var replayed = BuildPipeline.Build(register, output, later);

        Assert.True(replayed.Replayed);
        Assert.Equal(Printed(validated, ReportFormat.Text), Printed(replayed, ReportFormat.Text));
    }

    [Fact]
    public void A_register_file_that_is_a_link_is_loaded_every_time()
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        var organisation = Path.Combine(register, RegisterLoader.OrganisationFile);
        File.Move(organisation, Path.Combine(register, "organisation-real.yaml"));
        File.CreateSymbolicLink(organisation, "organisation-real.yaml");
        var first = BuildPipeline.Build(register, output, options);
        Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics));

        BuildsLoadingTheRegister(register, output, options);
    }

    [Fact]
    public void A_damaged_verdict_is_ignored_and_the_register_loaded()
    {
        using var scratch = new ScratchFolder();
        var (register, output, options) = Setup(scratch);
        var first = BuildPipeline.Build(register, output, options);
        var cache = Path.Combine(output, DocumentCache.FileName);
        File.WriteAllText(cache, File.ReadAllText(cache).Replace("\"severity\": \"warning\"", "\"severity\": \"loud\"", StringComparison.Ordinal));

        var second = BuildsLoadingTheRegister(register, output, options);

        Assert.Equal(Printed(first, ReportFormat.Text), Printed(second, ReportFormat.Text));
        // The documents, recorded apart from the verdict, are kept as an incremental build keeps them.
        Assert.Empty(second.RenderedDocuments);
    }

    /// <summary>
    /// The cache says nothing about where the register lies on the machine: two copies built from the same place relative to
    /// them write the same bytes, so a cache that is committed does not change with whoever builds.
    /// </summary>
    [Fact]
    public void The_cache_is_the_same_for_a_copy_of_the_register_elsewhere()
    {
        using var one = new ScratchFolder();
        using var other = new ScratchFolder();
        var (register, output, options) = Setup(one);
        var (copy, copyOutput, copyOptions) = Setup(other);

        BuildPipeline.Build(register, output, options);
        BuildPipeline.Build(copy, copyOutput, copyOptions);

        Assert.Equal(File.ReadAllBytes(Path.Combine(output, DocumentCache.FileName)), File.ReadAllBytes(Path.Combine(copyOutput, DocumentCache.FileName)));
        Assert.True(BuildPipeline.Build(copy, copyOutput, copyOptions).Replayed);
    }

    /// <summary>A verdict is recorded only under the fingerprint of the bytes its load read: a file changed meanwhile does not match.</summary>
    [Fact]
    public void A_fingerprint_matches_only_the_files_a_load_read_with_the_same_bytes()
    {
        using var scratch = new ScratchFolder();
        var (register, _, options) = Setup(scratch);
        var formats = Register.Rendering.Formats.OutputFormats.All;
        var fingerprint = BuildFingerprint.Of(register, options, formats, Register.Rendering.TemplateEngine.BuiltIn.Source)!;
        var validation = options.Validation with { PhraseLanguages = Register.Rendering.TemplateEngine.BuiltIn.Source.PhraseLanguages };
        Assert.True(fingerprint.Matches(Register.Validation.RegisterValidation.Run(register, validation).Sources));

        var activity = Directory.EnumerateFiles(Path.Combine(register, "activities")).Order(StringComparer.Ordinal).First();
        File.AppendAllText(activity, "\n# changed while the build ran\n");
        Assert.False(fingerprint.Matches(Register.Validation.RegisterValidation.Run(register, validation).Sources));
        File.Copy(activity, Path.Combine(register, "activities", "zz-added.yaml"));
        var again = BuildFingerprint.Of(register, options, formats, Register.Rendering.TemplateEngine.BuiltIn.Source)!;
        Assert.NotEqual(fingerprint.Hash, again.Hash);
        Assert.True(again.Matches(Register.Validation.RegisterValidation.Run(register, validation).Sources));
    }

    [Fact]
    public void A_recorded_verdict_reads_back_every_field_of_its_diagnostics()
    {
        using var scratch = new ScratchFolder();
        Diagnostic[] diagnostics =
        [
            new(Severity.Info, "REG140", "Hard to read.", new SourceLocation("register/notices.yaml", 3, 5))
            {
                Related = [new RelatedLocation(new SourceLocation("register/activities/a.yaml", 7, 9), "the long sentence")],
            },
            new(Severity.Warning, "REG085", "Reviewed long ago.", new SourceLocation("register/activities/a.yaml", 90, 16)) { Fix = "Review it." },
        ];
        var verdict = new CachedVerdict(new string('a', 64), diagnostics, ["register/organisation.yaml", "register/activities/a.yaml"], []);
        File.WriteAllBytes(Path.Combine(scratch.Path, DocumentCache.FileName), DocumentCache.Write([], verdict));

        var read = DocumentCache.ReadVerdict(scratch.Path)!;

        Assert.Equal(verdict.Fingerprint, read.Fingerprint);
        Assert.Equal(verdict.Sources, read.Sources);
        Assert.Equal(
            diagnostics.Select(d => $"{d} fix={d.Fix ?? "-"} related={string.Join(";", d.Related.Select(r => $"{r.At} {r.Message}"))}"),
            read.Diagnostics.Select(d => $"{d} fix={d.Fix ?? "-"} related={string.Join(";", d.Related.Select(r => $"{r.At} {r.Message}"))}"));
    }

    // A build that does not replay: it loads and validates the register once.
    private static BuildResult BuildsLoadingTheRegister(string register, string output, BuildOptions options)
    {
        using var probe = WorkProbe.Start();
        var result = BuildPipeline.Build(register, output, options);
        Assert.False(result.Replayed);
        Assert.Equal(1, probe.Counts.GetValueOrDefault("validation.run"));
        return result;
    }

    private static string Printed(BuildResult result, ReportFormat format)
    {
        using var text = new StringWriter();
        DiagnosticReports.Create(format).Write(text, result.Diagnostics, result.Validation.Sources);
        return text.ToString();
    }

    private static string Measured(Register.Readability.NoticeReadability r) =>
        $"{r.NoticeId} {r.Output} {r.Score.Language} {r.Score.Words} {r.Score.Value} {string.Join(" | ", r.Score.LongestSentences)}";

    // The example as of a date its reviews are overdue: a verdict with warnings, each quoting its line.
    private static (string Register, string Output, BuildOptions Options) Setup(ScratchFolder scratch)
    {
        var register = scratch.Copy(RenderedExample.Directory, "register");
        var options = RenderedExample.Options with
        {
            Validation = RenderedExample.Options.Validation with
            {
                Today = new NodaTime.LocalDate(2029, 6, 1),
                Load = new LoadOptions { DisplayRoot = scratch.Path },
            },
        };
        return (register, Path.Combine(scratch.Path, "output"), options);
    }
}
