using DocumentFormat.OpenXml.Packaging;
using Register.Rendering.Art30;
using Register.Tests.Approval;
using Register.Tests.Rendering.OpenXml;
using Register.Views.Art30;

namespace Register.Tests.Rendering.Art30;

public sealed class Art30SpreadsheetTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("de")]
    [InlineData("en")]
    public void Controller_record_workbook_matches_the_approved_content(string language)
    {
        var bytes = Art30Spreadsheet.Write(Art30Fixture.Record(language, Art30RecordKind.Controller));

        Approver.Verify(OfficeText.Workbook(bytes), name: language);
    }

    [Fact]
    public void Processor_record_workbook_matches_the_approved_content()
    {
        var bytes = Art30Spreadsheet.Write(Art30Fixture.Record("en", Art30RecordKind.Processor));

        Approver.Verify(OfficeText.Workbook(bytes));
    }

    [Fact]
    public void Every_workbook_passes_the_open_xml_validator()
    {
        foreach (var record in Art30Fixture.Records())
        {
            using var package = SpreadsheetDocument.Open(new MemoryStream(Art30Spreadsheet.Write(record)), false);
            Assert.Empty(OfficeText.ValidationErrors(package));
        }
    }

    [Fact]
    public void Writing_twice_gives_identical_bytes()
    {
        var record = Art30Fixture.Record("nl", Art30RecordKind.Controller);

        Assert.Equal(Art30Spreadsheet.Write(record), Art30Spreadsheet.Write(Art30Fixture.Record("nl", Art30RecordKind.Controller)));
    }

    [Fact]
    public void Characters_xml_forbids_are_replaced_and_the_workbook_stays_valid()
    {
        var record = Art30Fixture.Record("en", Art30RecordKind.Controller);
        var broken = record with
        {
            Activities = [record.Activities[0] with { Name = "Bell\u0007 and \uD800 lone\uFFFF" }],
        };

        var bytes = Art30Spreadsheet.Write(broken);

        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(OfficeText.ValidationErrors(package));
        Assert.Contains("B2 [s1] Bell\uFFFD and \uFFFD lone\uFFFD", OfficeText.Workbook(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_longer_than_a_cell_can_hold_is_cut_with_an_ellipsis()
    {
        var record = Art30Fixture.Record("en", Art30RecordKind.Controller);
        var huge = record with { Activities = [record.Activities[0] with { Name = new string('x', 40_000) }] };

        var text = OfficeText.Workbook(Art30Spreadsheet.Write(huge));

        var overview = text[text.IndexOf("## sheet " + record.Phrases.ActivitiesHeading, StringComparison.Ordinal)..];
        var cell = overview.Split('\n').First(l => l.StartsWith("B2 ", StringComparison.Ordinal));
        Assert.Equal("B2 [s1] ".Length + 32767, cell.Length);
        Assert.EndsWith("x…", cell, StringComparison.Ordinal);
    }
}
