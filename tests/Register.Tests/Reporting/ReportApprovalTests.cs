using Register.Tests.Approval;
using Register.Reporting;

namespace Register.Tests.Reporting;

/// <summary>One snapshot per format of the same sample, so a change to any format is reviewed as a diff.</summary>
public sealed class ReportApprovalTests
{
    [Fact]
    public void Text() => Approver.Verify(Render(new TextReport()));

    [Fact]
    public void Text_in_colour() => Approver.Verify(Render(new TextReport(color: true)));

    [Fact]
    public void Json() => Approver.Verify(Render(new JsonReport()), "json");

    [Fact]
    public void GitHub() => Approver.Verify(Render(new GitHubReport()));

    [Fact]
    public void Sarif() => Approver.Verify(Render(new SarifReport(ReportSample.Rules)), "sarif.json");

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.GitHub)]
    [InlineData(ReportFormat.Sarif)]
    public void Every_format_writes_the_same_bytes_twice(ReportFormat format)
    {
        var first = Render(DiagnosticReports.Create(format));
        var second = Render(DiagnosticReports.Create(format));

        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
    }

    private static string Render(IDiagnosticReport report)
    {
        var writer = new StringWriter();
        report.Write(writer, ReportSample.Sample(), ReportSample.Sources());
        return writer.ToString();
    }
}
