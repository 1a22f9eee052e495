using Register.Rendering.OpenXml;
using Register.Views.Reports;

namespace Register.Rendering.Reports;

/// <summary>The DPO report as a Word document: cover, key figures and findings, a short table per topic.</summary>
public static class DpoReportDocument
{
    public static byte[] Write(DpoReportView report)
    {
        var art30Phrases = report.Phrases;
        return DocxWriter.ToBytes(
            report.Language,
            new DocumentProperties($"{report.Title} – {report.OrganisationName}", report.AsOfLine, report.Language, report.OrganisationName, report.AsOf),
            new DocxPageFrame($"{report.Title} – {report.OrganisationName}", report.AsOfLine, art30Phrases.Page, art30Phrases.PageOf),
            docx => Content(docx, report));
    }

    private static void Content(DocxWriter docx, DpoReportView report)
    {
        docx.Title(report.Title)
            .Subtitle(report.OrganisationName)
            .FieldTable(report.Cover.Select(f => new DocxField(f.Label, f.Article, f.Values)).ToList())
            .Heading(2, report.StatisticsHeading);
        foreach (var table in report.Statistics)
        {
            Topic(docx, table, report.None);
        }

        docx.Heading(2, report.FindingsHeading).Paragraph(report.FindingsIntro);
        if (report.Findings.Count == 0)
        {
            docx.Paragraph(report.None);
        }

        foreach (var table in report.Findings)
        {
            Topic(docx, table, report.None);
        }
    }

    private static void Topic(DocxWriter docx, ReportTable table, string none)
    {
        docx.Heading(3, table.Heading);
        if (table.Intro is { Length: > 0 } intro)
        {
            docx.Paragraph(intro);
        }

        if (table.Rows.Count == 0)
        {
            docx.Paragraph(none);
            return;
        }

        docx.Table(table.Header, table.Rows, table.Weights);
    }
}
