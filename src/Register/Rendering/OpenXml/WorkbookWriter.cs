using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Register.Instrumentation;

namespace Register.Rendering.OpenXml;

/// <summary>
/// Writes tables as an XLSX workbook for DPOs: bold frozen header row, autofilter, column widths from the content,
/// wrapped text aligned to the top; printed landscape on A4, fit to one page wide (as many pages down as it takes), the
/// header row repeated on every page (print titles), a header with title, sheet and date and a footer with the page. Each worksheet is written row by row through an <see cref="OpenXmlWriter"/> straight
/// into the zip (<see cref="OfficeZip"/>: fixed entry order, timestamp and deflate), so the output is byte-stable.
/// </summary>
public static class WorkbookWriter
{
    /// <summary>Excel's limit for the text of one cell; longer texts are cut with an ellipsis rather than breaking the file.</summary>
    public const int MaxCellLength = 32767;

    private const uint BodyStyle = 1;
    private const uint HeaderStyle = 2;
    private const string Spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Prefix = "x";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Write(IReadOnlyList<SheetTable> sheets, DocumentProperties properties, WorkbookPrint? print = null)
    {
        using var stream = new MemoryStream();
        Write(stream, sheets, properties, print);
        return stream.ToArray();
    }

    /// <summary>Writes the workbook to <paramref name="output"/> (seekable; left open). Entries in ordinal order.</summary>
    /// <param name="output">Where the workbook goes.</param>
    /// <param name="sheets">The sheets, in order.</param>
    /// <param name="properties">The document properties.</param>
    /// <param name="print">The page header and footer; without it, the title of <paramref name="properties"/> and its date in ISO form.</param>
    public static void Write(Stream output, IReadOnlyList<SheetTable> sheets, DocumentProperties properties, WorkbookPrint? print = null)
    {
        print ??= new WorkbookPrint(properties.Title, properties.VersionText, "", "/");
        using var zip = new OfficeZip(output);
        var overrides = new List<(string, string)>(DocumentProperties.ContentTypes)
        {
            ("/xl/styles.xml", Spreadsheet + ".styles+xml"),
            ("/xl/workbook.xml", Spreadsheet + ".sheet.main+xml"),
        };
        overrides.AddRange(sheets.Select((_, i) => ($"/xl/worksheets/sheet{i + 1}.xml", Spreadsheet + ".worksheet+xml")));
        PackageParts.WriteContentTypes(zip, overrides);
        PackageParts.WriteRelationships(zip, "_rels/.rels",
        [
            ("rId1", PackageParts.OfficeDocument, "xl/workbook.xml"),
            .. DocumentProperties.Relationships,
        ]);
        properties.WriteTo(zip);

        const string RelationshipType = PackageParts.RelationshipsNamespace + "/";
        var relationships = new List<(string, string, string)> { ("rIdStyles", RelationshipType + "styles", "styles.xml") };
        relationships.AddRange(sheets.Select((_, i) => ($"rIdSheet{i + 1}", RelationshipType + "worksheet", $"worksheets/sheet{i + 1}.xml")));
        PackageParts.WriteRelationships(zip, "xl/_rels/workbook.xml.rels", relationships);
        PackageParts.WriteElement(zip, "xl/styles.xml", "", Stylesheet);
        PackageParts.WriteElement(zip, "xl/workbook.xml", Workbook(sheets));
        for (var i = 0; i < sheets.Count; i++)
        {
            using var entry = zip.Entry($"xl/worksheets/sheet{i + 1}.xml");
            WriteWorksheet(entry, sheets[i], print);
        }
    }

    private static Workbook Workbook(IReadOnlyList<SheetTable> sheets)
    {
        var sheetList = new Sheets();
        var definedNames = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var name = SheetName(sheets[i].Name, i);
            sheetList.Append(new Sheet { Name = name, SheetId = (uint)(i + 1), Id = $"rIdSheet{i + 1}" });
            var quoted = $"'{name.Replace("'", "''", StringComparison.Ordinal)}'";
            if (sheets[i].Filter)
            {
                definedNames.Append(new DefinedName($"{quoted}!$A$1:${Column(Math.Max(1, sheets[i].Header.Count) - 1)}${sheets[i].Rows.Count + 1}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                });
            }

            // The header row printed at the top of every page.
            definedNames.Append(new DefinedName($"{quoted}!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
        }

        var workbook = new Workbook(sheetList, definedNames);
        workbook.AddNamespaceDeclaration("r", PackageParts.RelationshipsNamespace);
        return workbook;
    }

    private static void WriteWorksheet(Stream entry, SheetTable table, WorkbookPrint print)
    {
        var columns = Math.Max(1, table.Header.Count);
        var lastCell = $"{Column(columns - 1)}{table.Rows.Count + 1}";
        var widths = Widths(table, columns);
        var letters = new string[Math.Max(columns, table.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max())];
        for (var c = 0; c < letters.Length; c++)
        {
            letters[c] = Column(c);
        }

        // The rows, which are nearly all of a sheet, are written element by element without element objects; the few
        // elements around them are OpenXml objects written onto the same writer, as OpenXmlWriter.WriteElement does.
        using var xml = XmlWriter.Create(entry, WordXml.Settings);
        xml.WriteStartDocument(true);
        xml.WriteStartElement(Prefix, "worksheet", Main);
        xml.WriteAttributeString("xmlns", Prefix, XmlnsNamespace, Main);
        // Fit to page: with the page setup's fitToWidth 1 and fitToHeight 0, one page wide and as long as it takes.
        new SheetProperties(new PageSetupProperties { FitToPage = true }).WriteTo(xml);
        new SheetDimension { Reference = $"A1:{lastCell}" }.WriteTo(xml);
        var view = new SheetView { WorkbookViewId = 0, TabSelected = false };
        view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        new SheetViews(view).WriteTo(xml);
        new SheetFormatProperties { DefaultRowHeight = 15 }.WriteTo(xml);
        var cols = new Columns();
        for (var c = 0; c < columns; c++)
        {
            cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
        }

        cols.WriteTo(xml);
        xml.WriteStartElement(Prefix, "sheetData", Main);
        Row(xml, 1, table.Header, HeaderStyle, widths, letters);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            WorkProbe.Count("xlsx.row");
            Row(xml, r + 2, table.Rows[r], BodyStyle, widths, letters);
        }

        xml.WriteEndElement();
        if (table.Filter)
        {
            new AutoFilter { Reference = $"A1:{lastCell}" }.WriteTo(xml);
        }

        new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 }.WriteTo(xml);
        new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 }.WriteTo(xml);
        new HeaderFooter(new OddHeader(print.Header), new OddFooter(print.Footer)).WriteTo(xml);
        xml.WriteEndElement();
        xml.Close();
    }

    // A row as the element objects wrote it: <row r ht customHeight> of <c r s t="inlineStr"><is><t xml:space="preserve">.
    private static void Row(XmlWriter xml, int index, IReadOnlyList<string> values, uint style, double[] widths, string[] letters)
    {
        // An explicit height: LibreOffice (unlike Excel) does not grow rows for wrapped text when it opens a file.
        var lines = 1;
        for (var c = 0; c < values.Count; c++)
        {
            lines = Math.Max(lines, WrappedLines(values[c], c < widths.Length ? widths[c] : 10));
        }

        var number = index.ToString(CultureInfo.InvariantCulture);
        var styleText = style.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement(Prefix, "row", Main);
        xml.WriteAttributeString("r", number);
        xml.WriteAttributeString("ht", XmlConvert.ToString(Math.Min(409, (lines * LineHeight) + 3)));
        xml.WriteAttributeString("customHeight", "1");
        for (var c = 0; c < values.Count; c++)
        {
            xml.WriteStartElement(Prefix, "c", Main);
            xml.WriteAttributeString("r", letters[c] + number);
            xml.WriteAttributeString("s", styleText);
            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement(Prefix, "is", Main);
            xml.WriteStartElement(Prefix, "t", Main);
            xml.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
            xml.WriteString(Fit(XmlSafeText.Clean(values[c])));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private const double LineHeight = 13;

    // How many lines a text takes in a column of a width (in characters), wrapping at the column edge.
    private static int WrappedLines(string text, double width)
    {
        var perLine = Math.Max(1, (int)width - 2);
        var lines = 0;
        foreach (var line in text.AsSpan().Split('\n'))
        {
            lines += Math.Max(1, (line.End.GetOffset(text.Length) - line.Start.GetOffset(text.Length) + perLine - 1) / perLine);
        }

        return lines;
    }

    private static string Fit(string text) => text.Length <= MaxCellLength ? text : text[..(MaxCellLength - 1)] + "…";

    // Column width in characters: the longest line in the column, between a readable minimum and a maximum
    // beyond which wrapping reads better than scrolling.
    // A header wraps beyond 30 characters, but never inside a word: the column is at least as wide as the header's
    // longest word ("Gegevensbeschermingseffectbeoordeling"). One pass over the rows for every column.
    private static double[] Widths(SheetTable table, int columns)
    {
        var longest = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            var header = c < table.Header.Count ? table.Header[c] : "";
            longest[c] = Math.Max(Math.Min(LongestLine(header), 30), LongestWord(header) + 1);
        }

        foreach (var row in table.Rows)
        {
            for (var c = 0; c < columns && c < row.Count; c++)
            {
                longest[c] = Math.Max(longest[c], LongestLine(row[c]));
            }
        }

        return [.. longest.Select(l => (double)Math.Clamp(l + 2, 10, 60))];
    }

    private static int LongestLine(string text) => LongestPiece(text, "\n");

    private static int LongestWord(string text) => LongestPiece(text, " \n");

    private static int LongestPiece(string text, string separators)
    {
        var longest = 0;
        foreach (var piece in text.AsSpan().SplitAny(separators))
        {
            longest = Math.Max(longest, piece.End.GetOffset(text.Length) - piece.Start.GetOffset(text.Length));
        }

        return longest;
    }

    private static string SheetName(string name, int index)
    {
        var clean = new string(XmlSafeText.Clean(name).Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim('\'');
        clean = clean.Length > 31 ? clean[..31] : clean;
        return clean.Length == 0 ? $"Sheet{index + 1}" : clean;
    }

    /// <summary>Spreadsheet column letters for a zero-based index: 0 -> A, 26 -> AA.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Stylesheet()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 10 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "Calibri" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E2F3" }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()));
        var wrapTop = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };
        var formats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(wrapTop.CloneNode(true)) { FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyAlignment = true, ApplyBorder = true },
            new CellFormat(wrapTop.CloneNode(true)) { FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyAlignment = true, ApplyBorder = true, ApplyFont = true, ApplyFill = true });
        return new Stylesheet(
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }
}
