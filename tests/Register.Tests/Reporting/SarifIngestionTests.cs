using System.Text.Json;
using Register.Diagnostics;
using Register.Reporting;
using Register.Tests.Approval;
using Register.Tests.Workflow;

namespace Register.Tests.Reporting;

/// <summary>
/// The SARIF log as GitHub code scanning ingests it: every rule has the descriptions, help and link an alert shows, and
/// the SARIF multitool (from .ci/tools) finds no error or warning under GitHub's ingestion rules and SARIF's own.
/// </summary>
public sealed class SarifIngestionTests
{
    [Fact]
    public void Every_rule_has_a_full_description_help_with_the_fix_and_a_link_to_its_row_in_docs_diagnostics_md()
    {
        var rules = Log().RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var doc = File.ReadAllText(Path.Combine(Approver.RepoRoot, "docs", "diagnostics.md"));

        Assert.Equal(Rules.All.Count, rules.Count);
        foreach (var (json, rule) in rules.Zip(Rules.All))
        {
            Assert.Equal(rule.Code, json.GetProperty("id").GetString());
            Assert.Equal(rule.Title, json.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.StartsWith(RuleHelp.Stage(rule), json.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
            var help = json.GetProperty("help");
            Assert.Contains("Fix: " + RuleHelp.Fix(rule), help.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("**Fix:** " + RuleHelp.Fix(rule), help.GetProperty("markdown").GetString(), StringComparison.Ordinal);
            var uri = json.GetProperty("helpUri").GetString()!;
            Assert.StartsWith(ReportTool.ProjectUrl + "/blob/main/docs/diagnostics.md#", uri, StringComparison.Ordinal);
            Assert.Contains($"<a id=\"{uri[(uri.IndexOf('#', StringComparison.Ordinal) + 1)..]}\"></a>{rule.Code} |", doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rules_citing_an_article_give_it_as_the_reason()
    {
        Assert.Equal("The GDPR provisions behind it: Art. 7(3), Art. 13(2)(c).", RuleHelp.Why(Rules.WithdrawalMissing));
        Assert.Equal(["Art. 13(1)(d)"], RuleHelp.Articles(Rules.LegitimateInterestMissing));
        Assert.Empty(RuleHelp.Articles(Rules.DuplicateKey));
    }

    [CiToolFact(CiTools.SarifMultitool)]
    public void The_sarif_multitool_finds_no_github_ingestion_or_sarif_problem()
    {
        using var folder = new TempFolder();
        var log = folder["register.sarif"];
        File.WriteAllText(log, Render());
        var result = ChildProcess.Run(
            CiTools.Require(CiTools.SarifMultitool),
            ["validate", "--rule-kind", "Gh;Sarif", "--output", folder["validation.sarif"], log],
            folder.Path,
            Workflow.IsolatedDotnet.Environment(folder["home"]),
            TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, result.Transcript);

        var findings = JsonDocument.Parse(File.ReadAllText(folder["validation.sarif"])).RootElement.GetProperty("runs")[0].GetProperty("results")
            .EnumerateArray()
            .Where(r => !r.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
            .Select(r => $"{r.GetProperty("ruleId").GetString()}: {r.GetProperty("message").GetProperty("text").GetString()}")
            .ToList();
        Assert.True(findings.Count == 0, string.Join('\n', findings) + "\n" + result.Output);
    }

    [CiToolFact(CiTools.SarifMultitool)]
    public void The_sarif_multitool_does_report_a_rule_without_help()
    {
        using var folder = new TempFolder();
        var log = folder["bare.sarif"];
        File.WriteAllText(log, """
            {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "runs": [{"tool": {"driver": {"name": "register",
             "informationUri": "https://example.org/", "rules": [{"id": "REG001", "shortDescription": {"text": "YAML syntax error"}}]}}, "results": []}]}
            """);

        ChildProcess.Run(
            CiTools.Require(CiTools.SarifMultitool),
            ["validate", "--rule-kind", "Gh;Sarif", "--output", folder["validation.sarif"], log],
            folder.Path, Workflow.IsolatedDotnet.Environment(folder["home"]), TimeSpan.FromMinutes(2));

        Assert.Contains("GH2012", File.ReadAllText(folder["validation.sarif"]), StringComparison.Ordinal);
    }

    private static JsonDocument Log() => JsonDocument.Parse(Render());

    private static string Render()
    {
        var writer = new StringWriter();
        new SarifReport().Write(writer, ReportSample.Sample().Where(d => string.CompareOrdinal(d.Code, "REG900") < 0).ToList(), ReportSample.Sources());
        return writer.ToString();
    }
}
