using System.Text.Json;
using Register.Diagnostics;
using Register.Pipeline;

namespace Register.Tests.Readability;

/// <summary>The readability figures of a build, and the minimum in notices.yaml that turns a hard notice into a warning.</summary>
public sealed class ReadabilityThresholdTests
{
    [Fact]
    public void A_notice_below_its_minimum_gets_a_warning_at_the_minimum_that_quotes_its_longest_sentences()
    {
        using var scratch = new ScratchFolder();
        var register = WithMinimum(scratch, 95);

        var result = BuildPipeline.Render(register, Pipeline.RenderedExample.Options);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Code == Rules.ReadabilityBelowMinimum.Code).ToList();
        Assert.Equal(["de", "en", "nl"], warnings.Select(w => w.Message.Split('\'')[3]).Order(StringComparer.Ordinal));
        Assert.All(warnings, w =>
        {
            Assert.Equal(Severity.Warning, w.Severity);
            Assert.EndsWith("notices.yaml", w.At.File, StringComparison.Ordinal);
            Assert.Contains("below its minimum of 95", w.Message, StringComparison.Ordinal);
            Assert.Contains("Longest sentences: \"", w.Message, StringComparison.Ordinal);
        });
        var line = File.ReadAllLines(Path.Combine(register, "notices.yaml"))[warnings[0].At.Line - 1];
        Assert.Contains("minimum: 95", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_the_same_readability_warnings_as_the_build_and_the_build_adds_none()
    {
        using var scratch = new ScratchFolder();
        var register = WithMinimum(scratch, 95);
        var options = Pipeline.RenderedExample.Options.Validation with { NoticeMeasure = RenderedNoticeMeasure.For(null) };

        var validated = Register.Validation.RegisterValidation.Run(register, options);
        var built = BuildPipeline.Render(register, Pipeline.RenderedExample.Options);

        var fromValidate = validated.Diagnostics.Where(d => d.Code == Rules.ReadabilityBelowMinimum.Code).Select(d => d.ToString()).ToList();
        Assert.Equal(3, fromValidate.Count);
        Assert.Equal(fromValidate, built.Diagnostics.Where(d => d.Code == Rules.ReadabilityBelowMinimum.Code).Select(d => d.ToString()));
        Assert.DoesNotContain(built.BuildDiagnostics, d => d.Code == Rules.ReadabilityBelowMinimum.Code);
        // The library's validator without a way to render does not guess.
        Assert.DoesNotContain(Register.Validation.RegisterValidation.Run(register, Pipeline.RenderedExample.Options.Validation).Diagnostics, d => d.Code == Rules.ReadabilityBelowMinimum.Code);
    }

    [Fact]
    public void A_notice_above_its_minimum_gets_no_warning_and_every_notice_is_measured()
    {
        using var scratch = new ScratchFolder();
        var result = BuildPipeline.Render(WithMinimum(scratch, 5), Pipeline.RenderedExample.Options);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Rules.ReadabilityBelowMinimum.Code);
        var notices = result.Files.Count(f => f.Path.StartsWith("notices/", StringComparison.Ordinal) && f.Path.EndsWith(".md", StringComparison.Ordinal));
        Assert.Equal(notices, result.Readability.Count);
        Assert.All(result.Readability, r => Assert.InRange(r.Score.Words, 100, 20_000));
    }

    [Fact]
    public void The_notice_json_carries_the_same_figures_as_the_build_summary()
    {
        var result = Pipeline.RenderedExample.Render();
        var debtors = result.Readability.Single(r => r.Output == "privacy-debtors" && r.Score.Language == "de");
        var json = JsonDocument.Parse(result.Files.Single(f => f.Path == "notices/privacy-debtors.de.json").Content).RootElement.GetProperty("readability");

        Assert.Equal(debtors.Score.Words, json.GetProperty("words").GetInt32());
        Assert.Equal(debtors.Score.Value, json.GetProperty("value").GetDouble());
        Assert.Equal("Amstad", json.GetProperty("index").GetString());
        Assert.Contains("privacy-debtors.de", Register.Readability.ReadabilitySummary.Format(result.Readability), StringComparison.Ordinal);
    }

    [Fact]
    public void The_dpo_report_lists_the_readability_of_every_notice()
    {
        var result = Pipeline.RenderedExample.Render();
        using var stream = new MemoryStream(result.Files.Single(f => f.Path == "reports/nl/dpo-report.docx").Content);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var rows = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList())
            .Where(cells => cells.Count == 6 && cells[5].StartsWith("Flesch", StringComparison.Ordinal) || cells.Count == 6 && cells[5].StartsWith("Amstad", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(result.Readability.Count, rows.Count);
        var debtors = result.Readability.Single(r => r.Output == "privacy-debtors" && r.Score.Language == "nl").Score;
        Assert.Contains(rows, r => r[0] == "Privacyverklaring voor debiteuren" && r[1] == "nl" && r[2] == debtors.Words.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string WithMinimum(ScratchFolder scratch, int minimum)
    {
        var register = scratch.Copy(Pipeline.RenderedExample.Directory, "register");
        var path = Path.Combine(register, "notices.yaml");
        var text = File.ReadAllText(path);
        const string Anchor = "\n  - id: debtors\n";
        Assert.Contains(Anchor, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(Anchor, Anchor + $"    readability:\n      minimum: {minimum}\n", StringComparison.Ordinal));
        return register;
    }
}
