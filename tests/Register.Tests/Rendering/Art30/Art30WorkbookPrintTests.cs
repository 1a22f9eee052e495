using DocumentFormat.OpenXml.Packaging;
using Register.Rendering.Art30;
using Register.Tests.Rendering.OpenXml;
using Register.Views.Art30;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Register.Tests.Rendering.Art30;

/// <summary>The record workbook's first sheet (the parties) and its print setup, read back with the Open XML SDK; the CSV's parties block.</summary>
public sealed class Art30WorkbookPrintTests
{
    public static TheoryData<string, Art30RecordKind> Records => new()
    {
        { "nl", Art30RecordKind.Controller }, { "de", Art30RecordKind.Controller }, { "en", Art30RecordKind.Controller }, { "de", Art30RecordKind.Processor },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void The_first_sheet_names_the_parties_and_the_date_of_the_record(string language, Art30RecordKind kind)
    {
        var record = Art30Fixture.Record(language, kind);
        using var package = SpreadsheetDocument.Open(new MemoryStream(Art30Spreadsheet.Write(record)), false);
        Assert.Empty(OfficeText.ValidationErrors(package));
        var workbook = package.WorkbookPart!;
        var first = workbook.Workbook.Sheets!.Elements<S.Sheet>().First();
        var rows = Rows((WorksheetPart)workbook.GetPartById(first.Id!));

        Assert.Equal(kind == Art30RecordKind.Controller ? record.Phrases.Controller : record.Phrases.Processor, first.Name!.Value);
        Assert.Equal([record.Phrases.Field, record.Phrases.Content], rows[0]);
        foreach (var party in record.Parties)
        {
            var row = Assert.Single(rows, r => r[0].StartsWith(party.Label, StringComparison.Ordinal));
            Assert.Equal(string.Join("\n", party.Values), row[1]);
            if (party.Article is { Length: > 0 } article)
            {
                Assert.Contains(article, row[0], StringComparison.Ordinal);
            }
        }

        Assert.Contains(rows, r => r[0] == record.Phrases.VersionDate && r[1] == record.VersionDateText);
        Assert.Contains(rows, r => r[0].StartsWith(record.Phrases.Dpo, StringComparison.Ordinal));
        Assert.Contains(rows, r => r[0].StartsWith(record.Phrases.Representative, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_sheet_prints_landscape_one_page_wide_with_its_header_row_title_date_and_page(string language, Art30RecordKind kind)
    {
        var record = Art30Fixture.Record(language, kind);
        using var package = SpreadsheetDocument.Open(new MemoryStream(Art30Spreadsheet.Write(record)), false);
        var workbook = package.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<S.Sheet>().ToList();
        var names = workbook.Workbook.DefinedNames!.Elements<S.DefinedName>().ToList();

        Assert.Equal(4, sheets.Count);
        for (var i = 0; i < sheets.Count; i++)
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheets[i].Id!)).Worksheet;
            var setup = worksheet.GetFirstChild<S.PageSetup>()!;
            Assert.Equal(S.OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.True(worksheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value);
            Assert.Equal(1u, setup.FitToWidth!.Value);
            Assert.Equal(0u, setup.FitToHeight!.Value);
            var titles = Assert.Single(names, n => n.Name == "_xlnm.Print_Titles" && n.LocalSheetId!.Value == i);
            Assert.Equal($"'{sheets[i].Name}'!$1:$1", titles.Text);
            var headerFooter = worksheet.GetFirstChild<S.HeaderFooter>()!;
            Assert.Contains("&A", headerFooter.OddHeader!.Text, StringComparison.Ordinal);
            Assert.Contains(record.Title.Replace("&", "&&", StringComparison.Ordinal), headerFooter.OddHeader.Text, StringComparison.Ordinal);
            Assert.Contains(record.VersionDateText, headerFooter.OddHeader.Text, StringComparison.Ordinal);
            Assert.Contains($"{record.Phrases.Page} &P {record.Phrases.PageOf} &N", headerFooter.OddFooter!.Text, StringComparison.Ordinal);
            // Frozen header row everywhere; a filter on the lists, not on the parties.
            Assert.Equal("A2", worksheet.Descendants<S.Pane>().Single().TopLeftCell!.Value);
            Assert.Equal(i > 0, worksheet.Elements<S.AutoFilter>().Any());
        }
    }

    [Fact]
    public void Register_text_that_looks_like_a_formula_stays_text_in_the_workbook_and_the_csv()
    {
        var record = Art30Fixture.Record("en", Art30RecordKind.Controller);
        const string Formula = "=HYPERLINK(\"https://evil.example\",\"click\")";
        var hostile = record with
        {
            Parties = [record.Parties[0] with { Values = [Formula] }, .. record.Parties.Skip(1)],
            Activities = [record.Activities[0] with { Name = "+cmd|' /C calc'!A0" }, .. record.Activities.Skip(1)],
        };

        using var package = SpreadsheetDocument.Open(new MemoryStream(Art30Spreadsheet.Write(hostile)), false);
        var cells = package.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<S.Cell>()).ToList();
        Assert.Empty(package.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<S.CellFormula>()));
        Assert.Contains(cells, c => c.DataType!.Value == S.CellValues.InlineString && c.InnerText == Formula);
        Assert.All(cells, c => Assert.Equal(S.CellValues.InlineString, c.DataType!.Value));

        using var csv = new MemoryStream();
        new Register.Rendering.Formats.CsvFormat().WriteRecord(new RenderedRecord(hostile, Register.Rendering.TemplateEngine.BuiltIn), csv);
        var text = System.Text.Encoding.UTF8.GetString(csv.ToArray());
        Assert.Contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains("'+cmd|' /C calc'!A0", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_csv_starts_with_the_parties_block_then_an_empty_line_then_the_overview()
    {
        var record = Art30Fixture.Record("nl", Art30RecordKind.Controller);
        using var csv = new MemoryStream();
        new Register.Rendering.Formats.CsvFormat().WriteRecord(new RenderedRecord(record, Register.Rendering.TemplateEngine.BuiltIn), csv);
        var text = System.Text.Encoding.UTF8.GetString(csv.ToArray()).TrimStart('\uFEFF');
        var blocks = text.Split("\r\n\r\n");

        Assert.Equal(2, blocks.Length);
        Assert.StartsWith($"{record.Phrases.Field},{record.Phrases.Content}\r\n", blocks[0], StringComparison.Ordinal);
        Assert.Contains($"{record.Phrases.VersionDate},{record.VersionDateText}", blocks[0], StringComparison.Ordinal);
        Assert.Equal(Register.Rendering.Art30.CsvWriter.Write(Art30Tables.Overview(record)).Skip(3), System.Text.Encoding.UTF8.GetBytes(blocks[1]));
    }

    private static List<List<string>> Rows(WorksheetPart part) =>
        part.Worksheet.Descendants<S.Row>().Select(r => r.Elements<S.Cell>().Select(c => c.InnerText).ToList()).ToList();
}
