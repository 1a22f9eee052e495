using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Register.Instrumentation;

namespace Register.Rendering.OpenXml;

/// <summary>
/// Writes a Word document from headings, paragraphs and tables with real Word styles, in A4 sections of either
/// orientation, straight into a DOCX stream: each paragraph or table row goes to <c>word/document.xml</c> through an
/// <see cref="OpenXmlWriter"/> as soon as it is added, so a document of any length needs the memory of one row.
/// Byte-stable: fixed part names and relationship ids, fixed entry order, <see cref="OfficeZip"/>'s deflate and
/// timestamp. Register text goes through <see cref="XmlSafeText"/>, so it can never break the file.
/// </summary>
/// <remarks>
/// Entries, in this order: [Content_Types].xml, _rels/.rels, docProps/core.xml, word/document.xml, then
/// word/_rels/document.xml.rels (after the body, so relationships found while writing it can be added), footer1,
/// header1, settings, styles.
/// </remarks>
public sealed class DocxWriter : IDisposable
{
    private const int PageShort = 11906;
    private const int PageLong = 16838;
    private const int Margin = 1134;
    private const string HeaderId = "rIdHeader";
    private const string FooterId = "rIdFooter";
    private const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml";

    private readonly OfficeZip _zip;
    private readonly string _language;
    private readonly DocxPageFrame _frame;
    private readonly Stream _documentEntry;
    private readonly OpenXmlWriter _body;
    private PageOrientation _orientation = PageOrientation.Portrait;
    private bool _finished;

    /// <summary>Starts a DOCX on <paramref name="output"/> (seekable; left open). Call <see cref="Finish"/> after the content.</summary>
    public DocxWriter(Stream output, string language, DocumentProperties properties, DocxPageFrame frame)
    {
        _zip = new OfficeZip(output);
        _language = language;
        _frame = frame;
        PackageParts.WriteContentTypes(_zip,
        [
            ("/" + DocumentProperties.Entry, PackageParts.CorePropertiesContentType),
            ("/word/document.xml", Wordprocessing + ".document.main+xml"),
            ("/word/footer1.xml", Wordprocessing + ".footer+xml"),
            ("/word/header1.xml", Wordprocessing + ".header+xml"),
            ("/word/settings.xml", Wordprocessing + ".settings+xml"),
            ("/word/styles.xml", Wordprocessing + ".styles+xml"),
        ]);
        PackageParts.WriteRelationships(_zip, "_rels/.rels",
        [
            ("rId1", PackageParts.OfficeDocument, "word/document.xml"),
            ("rId2", PackageParts.CoreProperties, DocumentProperties.Entry),
        ]);
        properties.WriteTo(_zip);

        _documentEntry = _zip.Entry("word/document.xml");
        _body = OpenXmlWriter.Create(_documentEntry);
        _body.WriteStartDocument(true);
        _body.WriteStartElement(new Document(), [], [new("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"), new("r", PackageParts.RelationshipsNamespace)]);
        _body.WriteStartElement(new Body());
    }

    /// <summary>The width text can use in the current section, in twentieths of a point.</summary>
    public int TextWidth => (_orientation == PageOrientation.Portrait ? PageShort : PageLong) - (2 * Margin);

    /// <summary>Writes a whole DOCX into memory: for callers that want the bytes rather than a stream.</summary>
    public static byte[] ToBytes(string language, DocumentProperties properties, DocxPageFrame frame, Action<DocxWriter> content)
    {
        using var stream = new MemoryStream();
        using (var docx = new DocxWriter(stream, language, properties, frame))
        {
            content(docx);
            docx.Finish();
        }

        return stream.ToArray();
    }

    public DocxWriter Title(string text) => Paragraph(text, DocxStyles.Title);

    public DocxWriter Subtitle(string text) => Paragraph(text, DocxStyles.Subtitle);

    public DocxWriter Heading(int level, string text) => Paragraph(text, DocxStyles.Heading(level));

    public DocxWriter Note(string text) => Paragraph(text, DocxStyles.Note);

    /// <summary>A paragraph; line breaks in the text become line breaks in Word.</summary>
    public DocxWriter Paragraph(string text, string? style = null) => Write(TextParagraph(text, style));

    /// <summary>A paragraph of runs with their own bold and italic.</summary>
    public DocxWriter Paragraph(IReadOnlyList<DocxRun> runs, string? style = null)
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

        return Write(paragraph);
    }

    public DocxWriter PageBreak() => Write(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>A two-column table of labelled fields (label with an optional note such as the article, and its values).</summary>
    public DocxWriter FieldTable(IReadOnlyList<DocxField> fields, double labelShare = 0.36)
    {
        var labelWidth = (int)(TextWidth * labelShare);
        StartTable([labelWidth, TextWidth - labelWidth]);
        foreach (var field in fields)
        {
            var label = new List<Paragraph> { TextParagraph(field.Label, DocxStyles.TableHeading) };
            if (field.Note is { Length: > 0 } note)
            {
                label.Add(TextParagraph(note, DocxStyles.Note));
            }

            WorkProbe.Count("docx.element");
            _body.WriteElement(new TableRow(
                new TableRowProperties(new CantSplit()),
                Cell(labelWidth, label, shaded: true),
                Cell(TextWidth - labelWidth, field.Values.Select(v => TextParagraph(v, DocxStyles.TableText)))));
        }

        _body.WriteEndElement();
        return this;
    }

    /// <summary>A table with a header row repeated on every page; column widths in proportion to <paramref name="weights"/>.</summary>
    /// <remarks>Rows are written as they are enumerated, so a lazy sequence is never held whole.</remarks>
    public DocxWriter Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var widths = weights.Select(w => (int)(TextWidth * w / total)).ToList();
        StartTable(widths);
        var headerRow = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        headerRow.Append(header.Select((h, i) => Cell(widths[i], [TextParagraph(h, DocxStyles.TableHeading)], shaded: true)));
        _body.WriteElement(headerRow);
        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            tableRow.Append(row.Select((value, i) => Cell(widths[i], value.Split('\n').Select(line => TextParagraph(line, DocxStyles.TableText)))));
            WorkProbe.Count("docx.element");
            _body.WriteElement(tableRow);
        }

        _body.WriteEndElement();
        return this;
    }

    /// <summary>Ends the current section; what follows starts on a new page in <paramref name="next"/> orientation.</summary>
    public DocxWriter NewSection(PageOrientation next)
    {
        Write(new Paragraph(new ParagraphProperties(SectionProperties(_orientation))));
        _orientation = next;
        return this;
    }

    /// <summary>Ends the body and writes the remaining parts and the zip directory. The output stream stays open.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        _body.WriteElement(SectionProperties(_orientation));
        _body.WriteEndElement();
        _body.WriteEndElement();
        _body.Close();
        _documentEntry.Dispose();

        const string RelationshipType = PackageParts.RelationshipsNamespace + "/";
        PackageParts.WriteRelationships(_zip, "word/_rels/document.xml.rels",
        [
            (FooterId, RelationshipType + "footer", "footer1.xml"),
            (HeaderId, RelationshipType + "header", "header1.xml"),
            ("rIdSettings", RelationshipType + "settings", "settings.xml"),
            ("rIdStyles", RelationshipType + "styles", "styles.xml"),
        ]);
        Part("word/footer1.xml", new Footer(FooterParagraph(_frame)));
        Part("word/header1.xml", new Header(TextParagraph(_frame.HeaderText, DocxStyles.Header)));
        Part("word/settings.xml", Settings());
        Part("word/styles.xml", DocxStyles.Build(_language));
        _zip.Finish();
    }

    /// <summary>Releases the part writer; without <see cref="Finish"/> the output is incomplete (as after an error).</summary>
    public void Dispose()
    {
        if (!_finished)
        {
            _body.Dispose();
        }
    }

    private DocxWriter Write(OpenXmlElement element)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        WorkProbe.Count("docx.element");
        _body.WriteElement(element);
        return this;
    }

    private void StartTable(IReadOnlyList<int> widths)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _body.WriteStartElement(new Table());
        _body.WriteElement(new TableProperties(
            new TableStyle { Val = DocxStyles.TableGrid },
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }));
        _body.WriteElement(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
    }

    private void Part(string entry, OpenXmlElement root)
    {
        using var stream = _zip.Entry(entry);
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
        writer.Close();
    }

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
