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
/// Entries, in this order: [Content_Types].xml, _rels/.rels, docProps/app.xml, docProps/core.xml, word/document.xml,
/// then word/_rels/document.xml.rels (after the body, so the hyperlinks found while writing it can be added), footer1,
/// header1, numbering (the list definitions the body used), settings, styles. Lists are real Word lists (numbering
/// definitions, not typed bullets); http(s) and mailto addresses are clickable hyperlinks, "#anchor" links go to the
/// heading's bookmark; the language (nl-NL, de-DE, en-GB) is set in the style defaults, the settings and the properties.
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
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly List<string> _linkTargets = [];
    private readonly List<int> _numberedListStarts = [];
    private readonly HashSet<string> _bookmarks = new(StringComparer.Ordinal);
    private PageOrientation _orientation = PageOrientation.Portrait;
    private bool _finished;

    /// <summary>The numbering instance of bulleted lists (one for all: bullets do not count).</summary>
    public const int BulletList = 1;

    /// <summary>Starts a DOCX on <paramref name="output"/> (seekable; left open). Call <see cref="Finish"/> after the content.</summary>
    public DocxWriter(Stream output, string language, DocumentProperties properties, DocxPageFrame frame)
    {
        _zip = new OfficeZip(output);
        _language = OfficeLanguage.Tag(language);
        _frame = frame;
        PackageParts.WriteContentTypes(_zip,
        [
            .. DocumentProperties.ContentTypes,
            ("/word/document.xml", Wordprocessing + ".document.main+xml"),
            ("/word/footer1.xml", Wordprocessing + ".footer+xml"),
            ("/word/header1.xml", Wordprocessing + ".header+xml"),
            ("/word/numbering.xml", Wordprocessing + ".numbering+xml"),
            ("/word/settings.xml", Wordprocessing + ".settings+xml"),
            ("/word/styles.xml", Wordprocessing + ".styles+xml"),
        ]);
        PackageParts.WriteRelationships(_zip, "_rels/.rels",
        [
            ("rId1", PackageParts.OfficeDocument, "word/document.xml"),
            .. DocumentProperties.Relationships,
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

    /// <summary>A heading; <paramref name="level"/> is the HTML level of the same heading (2 for a section, 3 for an activity, 4 below).</summary>
    public DocxWriter Heading(int level, string text) => Paragraph(text, DocxStyles.Heading(level));

    /// <summary>A heading of runs with a bookmark named after <paramref name="anchor"/>, the target of "#anchor" links.</summary>
    public DocxWriter Heading(int level, IReadOnlyList<DocxRun> runs, string? anchor) =>
        Write(RunParagraph(runs, DocxStyles.Heading(level), anchor));

    /// <summary>Starts a numbered list (1., 2., … from <paramref name="start"/>): the numbering instance its items name.</summary>
    public int NumberedList(int start = 1)
    {
        _numberedListStarts.Add(start);
        return BulletList + _numberedListStarts.Count;
    }

    /// <summary>An item of a list: <paramref name="list"/> is <see cref="BulletList"/> or what <see cref="NumberedList"/> gave, <paramref name="level"/> its depth from 0.</summary>
    public DocxWriter ListItem(IReadOnlyList<DocxRun> runs, int list, int level)
    {
        var paragraph = RunParagraph(runs, level == 0 ? DocxStyles.ListParagraph : DocxStyles.ListParagraph2, null);
        paragraph.ParagraphProperties!.Append(new NumberingProperties(
            new NumberingLevelReference { Val = Math.Clamp(level, 0, DocxNumbering.Levels - 1) },
            new NumberingId { Val = list }));
        return Write(paragraph);
    }

    public DocxWriter Note(string text) => Paragraph(text, DocxStyles.Note);

    /// <summary>A paragraph; line breaks in the text become line breaks in Word.</summary>
    public DocxWriter Paragraph(string text, string? style = null) => Write(TextParagraph(text, style));

    /// <summary>A paragraph of runs with their own bold and italic.</summary>
    public DocxWriter Paragraph(IReadOnlyList<DocxRun> runs, string? style = null) => Write(RunParagraph(runs, style, null));

    public DocxWriter PageBreak() => Write(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>
    /// A two-column table of labelled fields (label with an optional note such as the article, and its values); the
    /// label column takes <paramref name="labelShare"/> of the width, or more where its longest word needs it.
    /// </summary>
    public DocxWriter FieldTable(IReadOnlyList<DocxField> fields, double labelShare = 0.36)
    {
        var labelMinimum = Math.Max(
            DocxColumnWidths.Minimum(fields.Select(f => f.Label), bold: true),
            DocxColumnWidths.Minimum(fields.Select(f => f.Note ?? ""), bold: false) * 8 / 9);
        var valueMinimum = DocxColumnWidths.Minimum(fields.SelectMany(f => f.Values), bold: false);
        var shared = DocxColumnWidths.Share(TextWidth, [labelShare, 1 - labelShare], [labelMinimum, valueMinimum]);
        var labelWidth = shared[0];
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

    /// <summary>
    /// A table with a header row repeated on every page; column widths in proportion to <paramref name="weights"/>,
    /// each at least as wide as its longest word (in the header and the first <see cref="MeasuredRows"/> rows).
    /// </summary>
    /// <remarks>Rows are written as they are enumerated, so a lazy sequence is never held whole: only the measured rows are held.</remarks>
    public DocxWriter Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double> weights)
    {
        using var enumerator = rows.GetEnumerator();
        var measured = new List<IReadOnlyList<string>>();
        while (measured.Count < MeasuredRows && enumerator.MoveNext())
        {
            measured.Add(enumerator.Current);
        }

        var minimums = weights.Select((_, i) => Math.Max(
            DocxColumnWidths.Minimum(i < header.Count ? [header[i]] : [], bold: true),
            DocxColumnWidths.Minimum(measured.Select(r => i < r.Count ? r[i] : ""), bold: false))).ToList();
        // A table whose longest words do not fit side by side at 9 pt (a wide overview in German) is set at 8 pt.
        var small = minimums.Sum() > TextWidth;
        if (small)
        {
            minimums = minimums.Select(DocxColumnWidths.AtEightPoint).ToList();
        }

        var (textStyle, headingStyle) = small ? (DocxStyles.TableTextSmall, DocxStyles.TableHeadingSmall) : (DocxStyles.TableText, DocxStyles.TableHeading);
        var widths = DocxColumnWidths.Share(TextWidth, weights, minimums);
        StartTable(widths);
        var headerRow = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        headerRow.Append(header.Select((h, i) => Cell(widths[i], [TextParagraph(h, headingStyle)], shaded: true)));
        _body.WriteElement(headerRow);
        foreach (var row in measured.Concat(Rest(enumerator)))
        {
            var tableRow = new TableRow();
            tableRow.Append(row.Select((value, i) => Cell(widths[i], value.Split('\n').Select(line => TextParagraph(line, textStyle)))));
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
            (FooterId, RelationshipType + "footer", "footer1.xml", false),
            (HeaderId, RelationshipType + "header", "header1.xml", false),
            ("rIdNumbering", RelationshipType + "numbering", "numbering.xml", false),
            ("rIdSettings", RelationshipType + "settings", "settings.xml", false),
            ("rIdStyles", RelationshipType + "styles", "styles.xml", false),
            .. _linkTargets.Select((target, i) => (LinkId(i), RelationshipType + "hyperlink", target, true)),
        ]);
        Part("word/footer1.xml", new Footer(FooterParagraph(_frame)));
        Part("word/header1.xml", new Header(TextParagraph(_frame.HeaderText, DocxStyles.Header, links: false)));
        Part("word/numbering.xml", DocxNumbering.Build(_numberedListStarts));
        Part("word/settings.xml", Settings(_language));
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

    /// <summary>How many rows of a table are read ahead to measure its columns.</summary>
    public const int MeasuredRows = 100;

    private static IEnumerable<IReadOnlyList<string>> Rest(IEnumerator<IReadOnlyList<string>> enumerator)
    {
        while (enumerator.MoveNext())
        {
            yield return enumerator.Current;
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

    // A paragraph of plain text; addresses in it become hyperlinks unless links is false (the header has no relationships).
    private Paragraph TextParagraph(string text, string? style, bool links = true) =>
        links ? RunParagraph([new DocxRun(text)], style, null) : StyledParagraph(style, TextRunWithBreaks(text));

    private static Paragraph StyledParagraph(string? style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(new ParagraphProperties());
        if (style is not null)
        {
            paragraph.ParagraphProperties!.Append(new ParagraphStyleId { Val = style });
        }

        paragraph.Append(content);
        return paragraph;
    }

    private Paragraph RunParagraph(IReadOnlyList<DocxRun> runs, string? style, string? anchor)
    {
        var paragraph = StyledParagraph(style);
        var bookmark = anchor is { Length: > 0 } ? Bookmark(anchor) : null;
        var bookmarkId = _bookmarks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (bookmark is not null)
        {
            paragraph.Append(new BookmarkStart { Id = bookmarkId, Name = bookmark });
        }

        foreach (var part in runs)
        {
            if (part.Link is { } link)
            {
                if (Hyperlink(link) is { } hyperlink)
                {
                    hyperlink.Append(FormattedRun(part, DocxStyles.Hyperlink));
                    paragraph.Append(hyperlink);
                }
                else
                {
                    paragraph.Append(FormattedRun(part, null));
                }

                continue;
            }

            // Bare addresses in plain text (an e-mail address in a table, a URL in a note) are links too.
            var at = 0;
            foreach (var match in DocxLinks.Addresses(part.Text))
            {
                if (match.Index > at)
                {
                    paragraph.Append(FormattedRun(part with { Text = part.Text[at..match.Index] }, null));
                }

                var hyperlink = Hyperlink(DocxLinks.Target(match.Value))!;
                hyperlink.Append(FormattedRun(part with { Text = match.Value }, DocxStyles.Hyperlink));
                paragraph.Append(hyperlink);
                at = match.Index + match.Length;
            }

            if (at < part.Text.Length || part.Text.Length == 0)
            {
                paragraph.Append(FormattedRun(part with { Text = part.Text[at..] }, null));
            }
        }

        if (bookmark is not null)
        {
            paragraph.Append(new BookmarkEnd { Id = bookmarkId });
        }

        return paragraph;
    }

    // A bookmark name for an anchor: Word allows letters, digits and '_' and at most 40 characters; null when taken.
    private string? Bookmark(string anchor)
    {
        var name = DocxLinks.BookmarkName(anchor);
        return _bookmarks.Add(name) ? name : null;
    }

    // A hyperlink element for an http(s) or mailto target (one relationship per distinct target, numbered in order of
    // first use) or a "#anchor" of this document; null for anything else, which stays text.
    private Hyperlink? Hyperlink(string target)
    {
        if (MarkdownHtml.IsPageAnchor(target))
        {
            return new Hyperlink { Anchor = DocxLinks.BookmarkName(target[1..]), History = true };
        }

        if (!DocxLinks.IsExternal(target))
        {
            return null;
        }

        if (!_links.TryGetValue(target, out var id))
        {
            id = LinkId(_linkTargets.Count);
            _linkTargets.Add(target);
            _links.Add(target, id);
        }

        return new Hyperlink { Id = id, History = true };
    }

    private static string LinkId(int index) => "rIdLink" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Run FormattedRun(DocxRun part, string? characterStyle)
    {
        var run = TextRunWithBreaks(part.Text);
        if (part.Bold || part.Italic || characterStyle is not null)
        {
            var properties = new RunProperties();
            if (characterStyle is not null)
            {
                properties.Append(new RunStyle { Val = characterStyle });
            }

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

        return run;
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
        var paragraph = StyledParagraph(DocxStyles.Footer);
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

    private static Settings Settings(string language) =>
        new(
            new DefaultTabStop { Val = 708 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = language });
}
