using DocumentFormat.OpenXml.Packaging;
using Register.Diagnostics;
using Register.Model;
using Register.Rendering.Reports;
using Register.Tests.Approval;
using Register.Tests.Rendering.Art30;
using Register.Tests.Rendering.OpenXml;
using Register.Views.Art30;
using Register.Views.Reports;

namespace Register.Tests.Rendering.Reports;

public sealed class DpoReportTests
{
    private static readonly Diagnostic[] Findings =
    [
        Rules.DpiaWithoutReference.At(new SourceLocation("register/activities/hardship.yaml", 20, 3), "The DPIA of 'hardship' is required but has no reference."),
        new(Severity.Warning, "REG098", "Second finding of the same kind.", new SourceLocation("register/activities/b.yaml", 2, 1)),
        new(Severity.Info, "REG200", "Change-log order.", new SourceLocation("register/changelog.yaml", 1, 1)),
    ];

    private static DpoReportView Report(string language) =>
        DpoReportViews.Build(Art30Fixture.Input with { Findings = Findings }, Art30Fixture.Phrases.For(language)!, Art30Fixture.Record(language, Art30RecordKind.Controller), []);

    [Fact]
    public void The_report_matches_the_approved_content()
    {
        Approver.Verify(OfficeText.Document(DpoReportDocument.Write(Report("nl"))));
    }

    [Fact]
    public void Every_report_passes_the_open_xml_validator_and_renders_identically_twice()
    {
        foreach (var language in new[] { "nl", "de", "en" })
        {
            var bytes = DpoReportDocument.Write(Report(language));
            using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            Assert.Empty(OfficeText.ValidationErrors(package));
            Assert.Equal(bytes, DpoReportDocument.Write(Report(language)));
        }
    }

    [Fact]
    public void Statistics_count_activities_per_basis_transfers_special_categories_overdue_reviews_and_missing_dpias()
    {
        var report = Report("en");
        string[] Row(string heading, int row) => [.. report.Statistics.Single(t => t.Heading.StartsWith(heading, StringComparison.Ordinal)).Rows[row]];

        Assert.Equal(["Processing activities", "4"], Row("Summary", 0));
        Assert.Equal(["Transfers outside the EEA", "3"], Row("Summary", 3));
        Assert.Equal(["Art. 6(1)(f) GDPR (legitimate interests)", "2", "Collecting claims\nPage statistics"], Row("Activities per legal basis", 3));
        Assert.Equal(["India (IN)", "derogation for a specific situation", "1", "Collecting claims"], Row("Transfers per country", 0));
        Assert.Equal(["United States (US)", "standard data protection clauses", "1", "Collecting claims"], Row("Transfers per country", 1));
        Assert.Equal("Debt hardship support", Row("Special categories", 0)[0]);
        // As of 1 November 2026, reviews before 1 November 2025 are overdue.
        Assert.Equal(["Debt hardship support", "1 March 2025"], Row("Overdue for review", 0));
        Assert.Equal(["Debt hardship support", ""], Row("DPIA required", 0));
    }

    [Fact]
    public void An_activity_is_counted_under_every_basis_its_purposes_rest_on_alternatives_included()
    {
        var input = Art30Fixture.Input;
        var first = input.Register.Activities[0];
        Assert.DoesNotContain(first.Purposes, p => p.Bases().Contains(LegalBasis.VitalInterests));
        var purpose = first.Purposes[0] with { Alternatives = [new AlternativeBasis { Basis = LegalBasis.VitalInterests }] };
        var changed = input with
        {
            Register = input.Register with { Activities = [first with { Purposes = [purpose, .. first.Purposes.Skip(1)] }, .. input.Register.Activities.Skip(1)] },
        };

        var report = DpoReportViews.Build(changed, Art30Fixture.Phrases.For("en")!, Art30Fixture.Record("en", Art30RecordKind.Controller), []);
        var perBasis = report.Statistics.Single(t => t.Heading.StartsWith("Activities per legal basis", StringComparison.Ordinal));
        var vital = perBasis.Rows.Single(r => r[0].Contains("6(1)(d)", StringComparison.Ordinal));

        Assert.Equal("1", vital[1]);
        Assert.Equal(first.Name.ForRecord("en"), vital[2]);
    }

    [Fact]
    public void Findings_are_grouped_per_code_with_the_rule_title_and_errors_left_out()
    {
        var report = DpoReportViews.Build(
            Art30Fixture.Input with { Findings = [.. Findings, Rules.YamlSyntax.At(new SourceLocation("x.yaml", 1, 1), "broken")] },
            Art30Fixture.Phrases.For("en")!,
            Art30Fixture.Record("en", Art30RecordKind.Controller),
            []);

        Assert.Equal(["REG098 DPIA required but not referenced", "REG200 Change-log entries not newest first"], report.Findings.Select(f => f.Heading));
        Assert.Equal(
            ["register/activities/b.yaml:2:1", "register/activities/hardship.yaml:20:3"],
            report.Findings[0].Rows.Select(r => r[0]));
    }
}
