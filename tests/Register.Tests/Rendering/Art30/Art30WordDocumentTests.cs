using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Register.Rendering.Art30;
using Register.Tests.Approval;
using Register.Tests.Rendering.OpenXml;
using Register.Views.Art30;

namespace Register.Tests.Rendering.Art30;

public sealed class Art30WordDocumentTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("de")]
    [InlineData("en")]
    public void Controller_record_document_matches_the_approved_content(string language)
    {
        var bytes = Art30WordDocument.Write(Art30Fixture.Record(language, Art30RecordKind.Controller));

        Approver.Verify(OfficeText.Document(bytes), name: language);
    }

    [Fact]
    public void Processor_record_document_matches_the_approved_content()
    {
        var bytes = Art30WordDocument.Write(Art30Fixture.Record("en", Art30RecordKind.Processor));

        Approver.Verify(OfficeText.Document(bytes));
    }

    [Fact]
    public void Every_record_document_passes_the_open_xml_validator()
    {
        foreach (var record in Art30Fixture.Records())
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(Art30WordDocument.Write(record)), false);
            var errors = OfficeText.ValidationErrors(package);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public void Writing_twice_gives_identical_bytes()
    {
        var first = Art30WordDocument.Write(Art30Fixture.Record("de", Art30RecordKind.Controller));
        var second = Art30WordDocument.Write(Art30Fixture.Record("de", Art30RecordKind.Controller));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Headings_use_the_built_in_heading_styles_with_outline_levels_for_the_navigation_pane()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(Art30WordDocument.Write(Art30Fixture.Record("nl", Art30RecordKind.Controller))), false);
        var styles = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        var headings = package.MainDocumentPart.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (Style: p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!, Text: p.InnerText))
            .ToList();

        Assert.Equal(
            [("Heading2", "Verwerkingsactiviteiten"), ("Heading3", "Incasso van vorderingen"), ("Heading3", "Hulp bij schulden"), ("Heading3", "Paginastatistieken"), ("Heading2", "Overzicht van de verwerkingsactiviteiten")],
            headings);
        Assert.Equal("heading 2", styles["Heading2"].StyleName!.Val!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(2, styles["Heading3"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.All(headings, h => Assert.NotNull(styles[h.Style].StyleParagraphProperties!.KeepNext));
    }

    [Fact]
    public void Characters_xml_forbids_are_replaced_and_the_document_stays_valid()
    {
        var record = Art30Fixture.Record("en", Art30RecordKind.Controller);
        var activity = record.Activities[0];
        var broken = record with
        {
            OrganisationName = "Org\u0000",
            Activities = [activity with { Name = "Null\u0000 bell\u0007 " + (char)0xDC00 + " end\uFFFE", Fields = [activity.Fields[0] with { Values = ["\u001B[31m"] }, .. activity.Fields.Skip(1)] }],
        };

        var bytes = Art30WordDocument.Write(broken);

        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(OfficeText.ValidationErrors(package));
        var text = OfficeText.Document(bytes);
        Assert.Contains("[Heading3] Null\uFFFD bell\uFFFD \uFFFD end\uFFFD", text, StringComparison.Ordinal);
        Assert.Contains("[TableText] \uFFFD[31m", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overview_section_is_landscape_and_the_activity_sections_portrait()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(Art30WordDocument.Write(Art30Fixture.Record("en", Art30RecordKind.Controller))), false);
        var sections = package.MainDocumentPart!.Document.Body!.Descendants<SectionProperties>().ToList();

        Assert.Equal(2, sections.Count);
        Assert.Null(sections[0].GetFirstChild<PageSize>()!.Orient);
        Assert.Equal(PageOrientationValues.Landscape, sections[1].GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.All(sections, s => Assert.Equal(2, s.Elements<HeaderReference>().Count() + s.Elements<FooterReference>().Count()));
    }
}
