using System.Globalization;
using Register.Instrumentation;

namespace Register.Rendering.OpenXml;

/// <summary>
/// Writes a Word document from headings, paragraphs and tables with real Word styles, in A4 sections of either
/// orientation, straight into a DOCX stream: each paragraph or table row is written to <c>word/document.xml</c> element
/// by element (<see cref="WordXml"/>, no element objects) as soon as it is added, so a document of any length needs the
/// memory of one row.
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
    private readonly WordXml _body;
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
        _body = new WordXml(_documentEntry);
        _body.Start("document");
        _body.DeclarePrefixes();
        _body.Start("body");
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
    public DocxWriter Heading(int level, IReadOnlyList<DocxRun> runs, string? anchor)
    {
        Counted();
        RunParagraph(runs, DocxStyles.Heading(level), anchor);
        return this;
    }

    /// <summary>Starts a numbered list (1., 2., … from <paramref name="start"/>): the numbering instance its items name.</summary>
    public int NumberedList(int start = 1)
    {
        _numberedListStarts.Add(start);
        return BulletList + _numberedListStarts.Count;
    }

    /// <summary>An item of a list: <paramref name="list"/> is <see cref="BulletList"/> or what <see cref="NumberedList"/> gave, <paramref name="level"/> its depth from 0.</summary>
    public DocxWriter ListItem(IReadOnlyList<DocxRun> runs, int list, int level)
    {
        Counted();
        RunParagraph(runs, level == 0 ? DocxStyles.ListParagraph : DocxStyles.ListParagraph2, null, (list, Math.Clamp(level, 0, DocxNumbering.Levels - 1)));
        return this;
    }

    public DocxWriter Note(string text) => Paragraph(text, DocxStyles.Note);

    /// <summary>A paragraph; line breaks in the text become line breaks in Word.</summary>
    public DocxWriter Paragraph(string text, string? style = null)
    {
        Counted();
        TextParagraph(text, style);
        return this;
    }

    /// <summary>A paragraph of runs with their own bold and italic.</summary>
    public DocxWriter Paragraph(IReadOnlyList<DocxRun> runs, string? style = null)
    {
        Counted();
        RunParagraph(runs, style, null);
        return this;
    }

    public DocxWriter PageBreak()
    {
        Counted();
        _body.Start("p");
        _body.Start("r");
        _body.Empty("br", "type", "page");
        _body.End();
        _body.End();
        return this;
    }

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
            WorkProbe.Count("docx.element");
            StartRow(repeated: false);
            StartCell(labelWidth, shaded: true);
            TextParagraph(field.Label, DocxStyles.TableHeading);
            if (field.Note is { Length: > 0 } note)
            {
                TextParagraph(note, DocxStyles.Note);
            }

            _body.End();
            StartCell(TextWidth - labelWidth, shaded: false);
            foreach (var value in field.Values)
            {
                TextParagraph(value, DocxStyles.TableText);
            }

            if (field.Values.Count == 0)
            {
                // A cell must end with a paragraph.
                _body.Empty("p");
            }

            _body.End();
            _body.End();
        }

        _body.End();
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
        StartRow(repeated: true);
        for (var i = 0; i < header.Count; i++)
        {
            StartCell(widths[i], shaded: true);
            TextParagraph(header[i], headingStyle);
            _body.End();
        }

        _body.End();
        foreach (var row in measured.Concat(Rest(enumerator)))
        {
            WorkProbe.Count("docx.element");
            _body.Start("tr");
            for (var i = 0; i < row.Count; i++)
            {
                StartCell(widths[i], shaded: false);
                var cell = row[i].AsSpan();
                foreach (var line in cell.Split('\n'))
                {
                    TextParagraph(cell[line], textStyle);
                }

                _body.End();
            }

            _body.End();
        }

        _body.End();
        return this;
    }

    /// <summary>Ends the current section; what follows starts on a new page in <paramref name="next"/> orientation.</summary>
    public DocxWriter NewSection(PageOrientation next)
    {
        Counted();
        _body.Start("p");
        _body.Start("pPr");
        SectionProperties(_orientation);
        _body.End();
        _body.End();
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
        SectionProperties(_orientation);
        _body.End();
        _body.End();
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
        WordPart("word/footer1.xml", "ftr", part => Footer(part, _frame));
        WordPart("word/header1.xml", "hdr", part =>
        {
            // The header has no relationships, so its addresses stay text.
            StartParagraph(part, DocxStyles.Header);
            part.End();
            Run(part, _frame.HeaderText, bold: false, italic: false, characterStyle: null);
            part.End();
        });
        WordPart("word/numbering.xml", "numbering", part => DocxNumbering.Write(part, _numberedListStarts));
        WordPart("word/settings.xml", "settings", part => Settings(part, _language));
        WordPart("word/styles.xml", "styles", part => DocxStyles.Write(part, _language));
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

    // One element of the body (a paragraph, a section break), counted for the linear-work tests.
    private void Counted()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        WorkProbe.Count("docx.element");
    }

    private void StartTable(IReadOnlyList<int> widths)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _body.Start("tbl");
        _body.Start("tblPr");
        _body.Empty("tblStyle", "val", DocxStyles.TableGrid);
        _body.Start("tblW");
        _body.Attribute("w", widths.Sum());
        _body.Attribute("type", "dxa");
        _body.End();
        _body.Empty("tblLayout", "type", "fixed");
        _body.Start("tblLook");
        _body.Attribute("val", "04A0");
        _body.Attribute("firstRow", "true");
        _body.Attribute("noVBand", "true");
        _body.End();
        _body.End();
        _body.Start("tblGrid");
        foreach (var width in widths)
        {
            _body.Start("gridCol");
            _body.Attribute("w", width);
            _body.End();
        }

        _body.End();
    }

    // A row that may not break across pages; a header row is repeated on every page.
    private void StartRow(bool repeated)
    {
        _body.Start("tr");
        _body.Start("trPr");
        _body.Empty("cantSplit");
        if (repeated)
        {
            _body.Empty("tblHeader");
        }

        _body.End();
    }

    private void StartCell(int width, bool shaded)
    {
        _body.Start("tc");
        _body.Start("tcPr");
        _body.Start("tcW");
        _body.Attribute("w", width);
        _body.Attribute("type", "dxa");
        _body.End();
        if (shaded)
        {
            _body.Start("shd");
            _body.Attribute("val", "clear");
            _body.Attribute("color", "auto");
            _body.Attribute("fill", "E8EDF5");
            _body.End();
        }

        _body.End();
    }

    private void WordPart(string entry, string root, Action<WordXml> content)
    {
        using var stream = _zip.Entry(entry);
        using var part = new WordXml(stream);
        part.Start(root);
        content(part);
        part.End();
        part.Close();
    }

    // Starts a paragraph and its properties, which the caller ends (after adding to them).
    private static void StartParagraph(WordXml xml, string? style)
    {
        xml.Start("p");
        xml.Start("pPr");
        if (style is not null)
        {
            xml.Empty("pStyle", "val", style);
        }
    }

    // A paragraph of plain text; addresses in it become hyperlinks.
    private void TextParagraph(ReadOnlySpan<char> text, string? style)
    {
        StartParagraph(_body, style);
        _body.End();
        PlainRuns(text, bold: false, italic: false);
        _body.End();
    }

    private void RunParagraph(IReadOnlyList<DocxRun> runs, string? style, string? anchor, (int List, int Level)? numbering = null)
    {
        StartParagraph(_body, style);
        if (numbering is var (list, level))
        {
            _body.Start("numPr");
            _body.Empty("ilvl", "val", level.ToString(CultureInfo.InvariantCulture));
            _body.Empty("numId", "val", list.ToString(CultureInfo.InvariantCulture));
            _body.End();
        }

        _body.End();
        var bookmark = anchor is { Length: > 0 } ? Bookmark(anchor) : null;
        string? bookmarkId = null;
        if (bookmark is not null)
        {
            bookmarkId = _bookmarks.Count.ToString(CultureInfo.InvariantCulture);
            _body.Start("bookmarkStart");
            _body.Attribute("name", bookmark);
            _body.Attribute("id", bookmarkId);
            _body.End();
        }

        for (var i = 0; i < runs.Count; i++)
        {
            var part = runs[i];
            if (part.Link is { } link)
            {
                LinkedRun(part.Text, part.Bold, part.Italic, link);
            }
            else
            {
                PlainRuns(part.Text.AsSpan(), part.Bold, part.Italic);
            }
        }

        if (bookmarkId is not null)
        {
            _body.Empty("bookmarkEnd", "id", bookmarkId);
        }

        _body.End();
    }

    // Text without a link of its own: bare addresses in it (an e-mail address in a table, a URL in a note) are links too.
    private void PlainRuns(ReadOnlySpan<char> text, bool bold, bool italic)
    {
        var at = 0;
        if (DocxLinks.MayHoldAddress(text))
        {
            foreach (var match in DocxLinks.EnumerateAddresses(text))
            {
                if (match.Index > at)
                {
                    Run(_body, text[at..match.Index], bold, italic, null);
                }

                var address = text.Slice(match.Index, match.Length).ToString();
                LinkedRun(address, bold, italic, DocxLinks.Target(address));
                at = match.Index + match.Length;
            }
        }

        if (at < text.Length || text.Length == 0)
        {
            Run(_body, text[at..], bold, italic, null);
        }
    }

    // A run inside a hyperlink to target, or a plain run where the target cannot be linked.
    private void LinkedRun(string text, bool bold, bool italic, string target)
    {
        if (StartHyperlink(target))
        {
            Run(_body, text, bold, italic, DocxStyles.Hyperlink);
            _body.End();
        }
        else
        {
            Run(_body, text, bold, italic, null);
        }
    }

    // A bookmark name for an anchor: Word allows letters, digits and '_' and at most 40 characters; null when taken.
    private string? Bookmark(string anchor)
    {
        var name = DocxLinks.BookmarkName(anchor);
        return _bookmarks.Add(name) ? name : null;
    }

    // Starts a hyperlink element for an http(s) or mailto target (one relationship per distinct target, numbered in
    // order of first use) or a "#anchor" of this document; false for anything else, which stays text.
    private bool StartHyperlink(string target)
    {
        if (MarkdownHtml.IsPageAnchor(target))
        {
            _body.Start("hyperlink");
            _body.Attribute("history", "true");
            _body.Attribute("anchor", DocxLinks.BookmarkName(target[1..]));
            return true;
        }

        if (!DocxLinks.IsExternal(target))
        {
            return false;
        }

        if (!_links.TryGetValue(target, out var id))
        {
            id = LinkId(_linkTargets.Count);
            _linkTargets.Add(target);
            _links.Add(target, id);
        }

        _body.Start("hyperlink");
        _body.Attribute("history", "true");
        _body.RelationshipId(id);
        return true;
    }

    private static string LinkId(int index) => "rIdLink" + (index + 1).ToString(CultureInfo.InvariantCulture);

    // One run: line breaks become breaks and tabs tab characters, so neither is lost in Word.
    private static void Run(WordXml xml, ReadOnlySpan<char> text, bool bold, bool italic, string? characterStyle)
    {
        xml.Start("r");
        if (bold || italic || characterStyle is not null)
        {
            xml.Start("rPr");
            if (characterStyle is not null)
            {
                xml.Empty("rStyle", "val", characterStyle);
            }

            if (bold)
            {
                xml.Empty("b");
            }

            if (italic)
            {
                xml.Empty("i");
            }

            xml.End();
        }

        if (!text.ContainsAny('\n', '\t'))
        {
            // One line without tabs, the usual run: what the loop below would write, without splitting.
            if (text.Length > 0)
            {
                xml.SafeText(text);
            }

            xml.End();
            return;
        }

        // Lines end at '\n' ("\r\n" is one break, a lone '\r' stays in its line), tabs part a line.
        var first = true;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (!first)
            {
                xml.Empty("br");
            }

            first = false;
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }

            var firstPart = true;
            foreach (var partRange in line.Split('\t'))
            {
                if (!firstPart)
                {
                    xml.Empty("tab");
                }

                firstPart = false;
                if (!line[partRange].IsEmpty)
                {
                    xml.SafeText(line[partRange]);
                }
            }
        }

        xml.End();
    }

    private static void Footer(WordXml xml, DocxPageFrame frame)
    {
        StartParagraph(xml, DocxStyles.Footer);
        xml.End();
        TextRun(xml, $"{frame.VersionText} · {frame.Page} ");
        Field(xml, "PAGE");
        TextRun(xml, $" {frame.Of} ");
        Field(xml, "NUMPAGES");
        xml.End();
    }

    private static void TextRun(WordXml xml, string text)
    {
        xml.Start("r");
        xml.SafeText(text);
        xml.End();
    }

    // A complex field with a cached result, which Word and LibreOffice update when they lay out the pages.
    private static void Field(WordXml xml, string instruction)
    {
        FieldChar(xml, "begin");
        xml.Start("r");
        xml.Text("instrText", $" {instruction} ");
        xml.End();
        FieldChar(xml, "separate");
        xml.Start("r");
        xml.Text("t", "1", preserve: false);
        xml.End();
        FieldChar(xml, "end");
    }

    private static void FieldChar(WordXml xml, string type)
    {
        xml.Start("r");
        xml.Empty("fldChar", "fldCharType", type);
        xml.End();
    }

    private void SectionProperties(PageOrientation orientation)
    {
        var landscape = orientation == PageOrientation.Landscape;
        _body.Start("sectPr");
        _body.Start("headerReference");
        _body.Attribute("type", "default");
        _body.RelationshipId(HeaderId);
        _body.End();
        _body.Start("footerReference");
        _body.Attribute("type", "default");
        _body.RelationshipId(FooterId);
        _body.End();
        _body.Start("pgSz");
        _body.Attribute("w", landscape ? PageLong : PageShort);
        _body.Attribute("h", landscape ? PageShort : PageLong);
        if (landscape)
        {
            _body.Attribute("orient", "landscape");
        }

        _body.End();
        _body.Start("pgMar");
        _body.Attribute("top", Margin);
        _body.Attribute("right", Margin);
        _body.Attribute("bottom", Margin);
        _body.Attribute("left", Margin);
        _body.Attribute("header", 567);
        _body.Attribute("footer", 567);
        _body.Attribute("gutter", 0);
        _body.End();
        _body.End();
    }

    private static void Settings(WordXml xml, string language)
    {
        xml.Empty("defaultTabStop", "val", "708");
        xml.Empty("characterSpacingControl", "val", "doNotCompress");
        xml.Start("compat");
        xml.Start("compatSetting");
        xml.Attribute("name", "compatibilityMode");
        xml.Attribute("uri", "http://schemas.microsoft.com/office/word");
        xml.Attribute("val", "15");
        xml.End();
        xml.End();
        xml.Empty("themeFontLang", "val", language);
    }
}
