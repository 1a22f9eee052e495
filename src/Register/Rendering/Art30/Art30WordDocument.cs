using Register.Rendering.OpenXml;
using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>
/// The record as a Word document: a cover with organisation, DPO and version date; one section per activity with a
/// two-column field table; then a landscape overview table of all activities.
/// </summary>
public static class Art30WordDocument
{
    public static byte[] Write(Art30RecordView record)
    {
        using var stream = new MemoryStream();
        Write(record, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the document to <paramref name="output"/> (seekable; left open), one activity at a time.</summary>
    public static void Write(Art30RecordView record, Stream output)
    {
        var art30Phrases = record.Phrases;
        using var docx = new DocxWriter(
            output,
            record.Language,
            Art30Tables.Properties(record),
            new DocxPageFrame($"{record.Title} – {record.OrganisationName}", $"{art30Phrases.Version} {record.VersionDateText}", art30Phrases.Page, art30Phrases.PageOf));
        docx.Title(record.Title)
            .Subtitle($"{record.OrganisationName} · {record.Article}");
        var cover = record.Parties.Select(p => new DocxField(p.Label, p.Article, p.Values)).ToList();
        cover.Add(new DocxField(art30Phrases.VersionDate, null, [record.VersionDateText]));
        docx.FieldTable(cover).PageBreak().Heading(2, art30Phrases.ActivitiesHeading);

        if (record.Activities.Count == 0)
        {
            docx.Paragraph(art30Phrases.NoActivities);
        }

        foreach (var activity in record.Activities)
        {
            docx.Heading(3, activity.Name)
                .FieldTable(activity.Fields.Select(f => new DocxField(f.Label, f.Article, f.Values)).ToList());
        }

        docx.NewSection(PageOrientation.Landscape).Heading(2, art30Phrases.OverviewHeading);
        var header = new List<string> { art30Phrases.Activity };
        header.AddRange(record.OverviewKeys.Select(record.Label));
        // Made row by row as the table is written.
        var rows = record.Activities
            .Select(a => (IReadOnlyList<string>)new List<string> { a.Name }.Concat(record.OverviewKeys.Select(k => a.Field(k).Text)).ToList());
        // The activity name column is narrower than the text-heavy columns.
        var weights = new List<double> { 1.0 };
        weights.AddRange(record.OverviewKeys.Select(_ => 1.4));
        docx.Table(header, rows, weights);
        docx.Finish();
    }
}
