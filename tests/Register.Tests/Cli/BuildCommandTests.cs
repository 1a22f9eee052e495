using System.Text;
using Register.Tests.Approval;

namespace Register.Tests.Cli;

/// <summary>register build as a new user meets it: on the example register, after changes, and with errors.</summary>
public sealed class BuildCommandTests
{
    private static readonly string Example = Path.Combine(Approver.RepoRoot, "register");

    [Fact]
    public void Builds_the_example_then_check_passes_fails_after_a_hand_edit_and_passes_after_a_rebuild()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");

        var build = CliRun.Of("build", Example, "--out", output);
        Assert.Equal(0, build.ExitCode);
        // What the summary counts is what is on disk (the manifest and lock aside), however many formats there are.
        var built = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count(f => !Path.GetFileName(f).StartsWith('.'));
        Assert.True(built >= 100, $"only {built} files");
        Assert.Contains($"Built {built} files", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "notices", "privacy-debtors.nl.md")));
        Assert.Equal(0, CliRun.Of("build", Example, "--out", output, "--check").ExitCode);

        File.AppendAllText(Path.Combine(output, "notices", "privacy-website.de.html"), "<!-- edited -->");
        var check = CliRun.Of("build", Example, "--out", output, "--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("stale: " + output + "/notices/privacy-website.de.html", check.Output, StringComparison.Ordinal);

        // The edited file is no longer the build's: a plain build refuses (exit 1, naming it), --force takes it back.
        var refused = CliRun.Of("build", Example, "--out", output);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(output + "/notices/privacy-website.de.html was changed since the build wrote it", refused.Error, StringComparison.Ordinal);
        Assert.EndsWith("<!-- edited -->", File.ReadAllText(Path.Combine(output, "notices", "privacy-website.de.html")), StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("build", Example, "--out", output, "--force").ExitCode);
        Assert.Equal(0, CliRun.Of("build", Example, "--out", output, "--check").ExitCode);
    }

    [Fact]
    public void A_new_activity_shows_in_every_language_of_its_audiences_notice_with_its_citation()
    {
        using var scratch = new ScratchFolder();
        var register = scratch.Copy(Example, "register");
        var activity = File.ReadAllText(Path.Combine(register, "activities", "creditworthiness-check.yaml"))
            .Replace("id: creditworthiness-check", "id: debtor-survey", StringComparison.Ordinal)
            .Replace("Verhaalbaarheids- en kredietwaardigheidsonderzoek", "Tevredenheidsonderzoek onder debiteuren", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(register, "activities", "debtor-survey.yaml"), activity);
        var output = Path.Combine(scratch.Path, "output");

        var build = CliRun.Of("build", register, "--out", output);

        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        var nl = File.ReadAllText(Path.Combine(output, "notices", "privacy-debtors.nl.md"));
        Assert.Contains("### Tevredenheidsonderzoek onder debiteuren", nl, StringComparison.Ordinal);
        Assert.Contains("(art. 6 lid 1 sub f AVG)", nl, StringComparison.Ordinal);
        Assert.Contains("(Art. 6 Abs. 1 lit. f DSGVO)", File.ReadAllText(Path.Combine(output, "notices", "privacy-debtors.de.md")), StringComparison.Ordinal);
        Assert.Contains("(Art. 6(1)(f) GDPR)", File.ReadAllText(Path.Combine(output, "notices", "privacy-debtors.en.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_German_name_the_build_stops_at_file_line_column_and_writes_nothing()
    {
        using var scratch = new ScratchFolder();
        var register = scratch.Copy(Example, "register");
        var file = Path.Combine(register, "activities", "web-analytics.yaml");
        File.WriteAllText(file, string.Join('\n', File.ReadAllLines(file).Where(l => l != "  de: Webstatistik (selbst betriebenes Matomo)")) + "\n");
        var output = Path.Combine(scratch.Path, "output");

        var build = CliRun.Of("build", register, "--out", output);

        Assert.Equal(1, build.ExitCode);
        Assert.Matches(@"activities/web-analytics\.yaml:\d+:\d+: error REG\d{3}", build.Output);
        Assert.Contains("nothing was written", build.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    /// <summary>
    /// The cache vouches for the output only where it is trusted: a cache that came with the repository, here one forged
    /// to replay "no errors" for a register that has one, is taken with --cache on, but never in CI (auto) or with --cache off.
    /// </summary>
    [Fact]
    public void In_ci_a_forged_cache_cannot_pass_off_a_register_with_errors()
    {
        using var scratch = new ScratchFolder();
        var register = scratch.Copy(Example, "register");
        var output = Path.Combine(scratch.Path, "output");
        Assert.Equal(0, CliRun.Of("build", register, "--out", output).ExitCode);
        var cache = Path.Combine(output, Register.Output.DocumentCache.FileName);
        string Fingerprint() => Register.Pipeline.BuildFingerprint.Of(
            register, Register.Pipeline.BuildOptions.Default, Register.Rendering.Formats.OutputFormats.All, Register.Rendering.TemplateEngine.BuiltIn.Source)!.Hash;
        var recorded = Fingerprint();
        Assert.Contains(recorded, File.ReadAllText(cache), StringComparison.Ordinal);

        var file = Path.Combine(register, "activities", "web-analytics.yaml");
        File.WriteAllText(file, string.Join('\n', File.ReadAllLines(file).Where(l => l != "  de: Webstatistik (selbst betriebenes Matomo)")) + "\n");
        File.WriteAllText(cache, File.ReadAllText(cache).Replace(recorded, Fingerprint(), StringComparison.Ordinal));

        Assert.Equal(0, CliRun.Of("build", register, "--out", output, "--check", "--cache", "on").ExitCode);
        foreach (var run in new[] { CliRun.InCi("build", register, "--out", output, "--check"), CliRun.Of("build", register, "--out", output, "--check", "--cache", "off") })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Matches(@"activities/web-analytics\.yaml:\d+:\d+: error REG\d{3}", run.Output);
        }
    }

    [Fact]
    public void Templates_override_a_phrase_and_a_partial_without_forking()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("templates/i18n/nl.yaml", "notice:\n  rights_heading: Wat u met uw gegevens kunt doen\n");
        scratch.Write("templates/notice/_codes.md.sbn", "## {{ t \"notice.codes_heading\" }}\n\n{{~ for code in CodesOfConduct ~}}\n- _{{ code.Name }}_\n{{~ end ~}}\n");
        var output = Path.Combine(scratch.Path, "output");

        var build = CliRun.Of("build", Example, "--out", output, "--templates", Path.Combine(scratch.Path, "templates"), "--format", "md");

        Assert.Equal(0, build.ExitCode);
        var nl = File.ReadAllText(Path.Combine(output, "notices", "privacy-debtors.nl.md"), Encoding.UTF8);
        Assert.Contains("## Wat u met uw gegevens kunt doen", nl, StringComparison.Ordinal);
        Assert.Contains("- _Gedragscode voor de verwerking van persoonsgegevens door incassobureaus_", nl, StringComparison.Ordinal);
        Assert.Contains("## Ihre Rechte", File.ReadAllText(Path.Combine(output, "notices", "privacy-debtors.de.md")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "notices", "privacy-debtors.nl.html")));
    }

    [Fact]
    public void A_broken_template_is_reported_once_at_its_line_and_column_and_nothing_is_written()
    {
        using var scratch = new ScratchFolder();
        // Used by every notice in every language; the error must still be reported once.
        scratch.Write("templates/notice/_rights.md.sbn", "## Rights\n\n{{ for right in Rights }}unclosed\n");
        var output = Path.Combine(scratch.Path, "output");

        var build = CliRun.Of("build", Example, "--out", output, "--templates", Path.Combine(scratch.Path, "templates"));

        Assert.Equal(1, build.ExitCode);
        var reported = build.Output.Split('\n').Where(l => l.Contains("error REG100", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(reported);
        Assert.Matches(@"templates/notice/_rights\.md\.sbn:3:\d+: error REG100", line);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_template_error_at_run_time_is_reported_at_the_expression()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("templates/notice/_codes.md.sbn", "## Codes\n\n   {{ t \"notice.no_such_phrase\" }}\n");
        var output = Path.Combine(scratch.Path, "output");

        var build = CliRun.Of("build", Example, "--out", output, "--templates", Path.Combine(scratch.Path, "templates"));

        Assert.Equal(1, build.ExitCode);
        var line = Assert.Single(build.Output.Split('\n'), l => l.Contains("error REG100", StringComparison.Ordinal));
        Assert.Contains("templates/notice/_codes.md.sbn:3:7: error REG100", line, StringComparison.Ordinal);
        Assert.Contains("notice.no_such_phrase", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handlebars_override_left_from_before_is_reported_not_silently_ignored()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("templates/notice/_codes.md.hbs", "## {{t \"notice.codes_heading\"}}\n");
        var output = Path.Combine(scratch.Path, "output");

        var build = CliRun.Of("build", Example, "--out", output, "--templates", Path.Combine(scratch.Path, "templates"));

        Assert.Equal(1, build.ExitCode);
        Assert.Matches(@"templates/notice/_codes\.md\.hbs:1:1: error REG100: This is a Handlebars template", build.Output);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Build_help()
    {
        var run = CliRun.Of("build", "--help");

        Assert.Equal(0, run.ExitCode);
        Approver.Verify(run.Output);
    }
}
