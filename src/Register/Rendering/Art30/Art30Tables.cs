using Register.Rendering.OpenXml;
using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>The record as tables: who keeps it (parties and date), the overview (one row per activity), the transfers and the recipients.</summary>
public static class Art30Tables
{
    /// <summary>
    /// The record's parties (Art. 30(1)(a)/(2)(a)): the controller or processor with its contact details, the privacy
    /// contact, the DPO and the representative, each with its article, then the record's date; a block of facts, not a list.
    /// </summary>
    public static SheetTable Parties(Art30RecordView record)
    {
        var t = record.Phrases;
        var rows = record.Parties
            .Select(p => (IReadOnlyList<string>)[p.Article is { Length: > 0 } article ? $"{p.Label} ({article})" : p.Label, string.Join("\n", p.Values)])
            .Append([t.VersionDate, record.VersionDateText])
            .ToList();
        var name = record.Kind == Art30RecordKind.Controller ? t.Controller : t.Processor;
        return new SheetTable(name, [t.Field, t.Content], rows, Filter: false);
    }

    /// <summary>The header and footer of the record's printed sheets: title, date and page.</summary>
    public static WorkbookPrint Print(Art30RecordView record) =>
        new($"{record.Title} – {record.OrganisationName}", record.VersionDateText, record.Phrases.Page, record.Phrases.PageOf);

    /// <summary>
    /// One row per activity with every field of the record as a column, reference and name first. The rows read the
    /// activities' fields as they are written (<see cref="OverviewRows"/>): at 10,000 activities a table made whole first
    /// held every cell's text again while the workbook and the CSV were written.
    /// </summary>
    public static SheetTable Overview(Art30RecordView record)
    {
        var keys = record.FieldKeys.Where(k => k != Art30FieldKey.Reference).ToList();
        var header = new List<string> { record.Label(Art30FieldKey.Reference), record.Phrases.Activity };
        header.AddRange(keys.Select(record.Label));
        return new SheetTable(record.Phrases.ActivitiesHeading, header, new OverviewRows(record.Activities, keys));
    }

    public static SheetTable Transfers(Art30RecordView record)
    {
        var t = record.Phrases;
        return new SheetTable(
            t.TransfersHeading,
            [record.Label(Art30FieldKey.Reference), t.Activity, t.Recipient, $"{t.Country} (ISO)", t.Country, t.Mechanism, t.Safeguards],
            record.Transfers
                .Select(x => (IReadOnlyList<string>)[x.ActivityId, x.Activity, x.Recipient, x.CountryCode, x.Country, x.Mechanism, x.Safeguards])
                .ToList());
    }

    public static SheetTable Recipients(Art30RecordView record)
    {
        var t = record.Phrases;
        return new SheetTable(
            t.RecipientsHeading,
            [record.Label(Art30FieldKey.Reference), t.Activity, t.Recipient, t.RecipientCategory, t.RecipientRole, t.Organisation, t.Country, t.Agreement],
            record.Recipients
                .Select(x => (IReadOnlyList<string>)[x.ActivityId, x.Activity, x.Recipient, x.Category, x.Role, x.LegalEntity, x.Country, x.Agreement])
                .ToList());
    }

    /// <summary>The core properties shared by the record's DOCX and XLSX.</summary>
    public static DocumentProperties Properties(Art30RecordView record) =>
        new($"{record.Title} – {record.OrganisationName}", record.Article, record.Language, record.OrganisationName, record.VersionDate);
}
