using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Register.Rendering.OpenXml;

/// <summary>
/// Composes a Word document from headings, paragraphs and tables with real Word styles, in A4 sections of either
/// orientation, and writes it as byte-stable DOCX (fixed relationship ids, core properties at /docProps/core.xml,
/// normalised zip). Register text goes through <see cref="XmlSafeText"/>, so it can never break the file.
/// </summary>
public sealed class DocxBuilder(string language)
{
    private const int PageShort = 11906;
    private const int PageLong = 16838;
    private const int Margin = 1134;
    private const string HeaderId = "rIdHeader";
    private const string FooterId = "rIdFooter";

    private readonly List<OpenXmlElement> _body = [];
    private PageOrientation _orientation = PageOrientation.Portrait;

    /// <summary>The width text can use in the current section, in twentieths of a point.</summary>
    public int TextWidth => (_orientation == PageOrientation.Portrait ? PageShort : PageLong) - (2 * Margin);

    public DocxBuilder Title(string text) => Paragraph(text, DocxStyles.Title);

    public DocxBuilder Subtitle(string text) => Paragraph(text, DocxStyles.Subtitle);

    public DocxBuilder Heading(int level, string text) => Paragraph(text, DocxStyles.Heading(level));

    public DocxBuilder Note(string text) => Paragraph(text, DocxStyles.Note);

    /// <summary>A paragraph; line breaks in the text become line breaks in Word.</summary>
    public DocxBuilder Paragraph(string text, string? style = null)
    {
        _body.Add(TextParagraph(text, style));
        return this;
    }

    /// <summary>A paragraph of runs with their own bold and italic.</summary>
    public DocxBuilder Paragraph(IReadOnlyList<DocxRun> runs, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        foreach (var part in runs)
        {
            var run = TextRunWithBreaks(part.Text);
            if (part.Bold || part.Italic)
            {
                var properties = new RunProperties();
                if (part.Bold)
                {
                    properties.Append(new Bold());
                }

                if (part.Italic)
                {
                    properties.Append(new Italic());
                }

                run.PrependChild(properties);
            }

            paragraph.Append(run);
        }

        _body.Add(paragraph);
        return this;
    }

    public DocxBuilder PageBreak()
    {
        _body.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    /// <summary>A two-column table of labelled fields (label with an optional note such as the article, and its values).</summary>
    public DocxBuilder FieldTable(IReadOnlyList<DocxField> fields, double labelShare = 0.36)
    {
        var labelWidth = (int)(TextWidth * labelShare);
        var table = NewTable([labelWidth, TextWidth - labelWidth]);
        foreach (var field in fields)
        {
            var label = new List<Paragraph> { TextParagraph(field.Label, DocxStyles.TableHeading) };
            if (field.Note is { Length: > 0 } note)
            {
                label.Add(TextParagraph(note, DocxStyles.Note));
            }

            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                Cell(labelWidth, label, shaded: true),
                Cell(TextWidth - labelWidth, field.Values.Select(v => TextParagraph(v, DocxStyles.TableText)))));
        }

        _body.Add(table);
        return this;
    }

    /// <summary>A table with a header row repeated on every page; column widths in proportion to <paramref name="weights"/>.</summary>
    public DocxBuilder Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var widths = weights.Select(w => (int)(TextWidth * w / total)).ToList();
        var table = NewTable(widths);
        var headerRow = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        headerRow.Append(header.Select((h, i) => Cell(widths[i], [TextParagraph(h, DocxStyles.TableHeading)], shaded: true)));
        table.Append(headerRow);
        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            tableRow.Append(row.Select((value, i) => Cell(widths[i], value.Split('\n').Select(line => TextParagraph(line, DocxStyles.TableText)))));
            table.Append(tableRow);
        }

        _body.Add(table);
        return this;
    }

    /// <summary>Ends the current section; what follows starts on a new page in <paramref name="next"/> orientation.</summary>
    public DocxBuilder NewSection(PageOrientation next)
    {
        _body.Add(new Paragraph(new ParagraphProperties(SectionProperties(_orientation))));
        _orientation = next;
        return this;
    }

    public byte[] Build(DocumentProperties properties, DocxPageFrame frame)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddNewPart<MainDocumentPart>(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            properties.AddTo(package, "rId2");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Build(language);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings();
            main.AddNewPart<HeaderPart>(HeaderId).Header = new Header(TextParagraph(frame.HeaderText, DocxStyles.Header));
            main.AddNewPart<FooterPart>(FooterId).Footer = new Footer(FooterParagraph(frame));

            var body = new Body(_body.Select(e => e.CloneNode(true)));
            body.Append(SectionProperties(_orientation));
            main.Document = new Document(body);
        }

        return DeterministicPackage.Normalise(stream.ToArray());
    }

    private static Table NewTable(IReadOnlyList<int> widths) =>
        new(
            new TableProperties(
                new TableStyle { Val = DocxStyles.TableGrid },
                new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, bool shaded = false)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E8EDF5" });
        }

        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        if (!cell.Elements<Paragraph>().Any())
        {
            // A cell must end with a paragraph.
            cell.Append(new Paragraph());
        }

        return cell;
    }

    private static Paragraph TextParagraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(TextRunWithBreaks(text));
        return paragraph;
    }

    // One run: line breaks become breaks and tabs tab characters, so neither is lost in Word.
    private static Run TextRunWithBreaks(string text)
    {
        var run = new Run();
        var lines = XmlSafeText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            var parts = lines[i].Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0)
                {
                    run.Append(new TabChar());
                }

                if (parts[j].Length > 0)
                {
                    run.Append(new Text(parts[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        return run;
    }

    private static Paragraph FooterParagraph(DocxPageFrame frame)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Footer }));
        paragraph.Append(TextRun($"{frame.VersionText} · {frame.Page} "));
        paragraph.Append(Field("PAGE"));
        paragraph.Append(TextRun($" {frame.Of} "));
        paragraph.Append(Field("NUMPAGES"));
        return paragraph;
    }

    private static Run TextRun(string text) => new(new Text(XmlSafeText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    // A complex field with a cached result, which Word and LibreOffice update when they lay out the pages.
    private static IEnumerable<Run> Field(string instruction) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    private static SectionProperties SectionProperties(PageOrientation orientation)
    {
        var landscape = orientation == PageOrientation.Landscape;
        var size = new PageSize { Width = (UInt32Value)(uint)(landscape ? PageLong : PageShort), Height = (UInt32Value)(uint)(landscape ? PageShort : PageLong) };
        if (landscape)
        {
            size.Orient = PageOrientationValues.Landscape;
        }

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = HeaderId },
            new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId },
            size,
            new PageMargin { Top = Margin, Right = (uint)Margin, Bottom = Margin, Left = (uint)Margin, Header = 567, Footer = 567, Gutter = 0 });
    }

    private static Settings Settings() =>
        new(
            new DefaultTabStop { Val = 708 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
}
