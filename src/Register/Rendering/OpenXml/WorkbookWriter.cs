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
        Part(zip, "xl/styles.xml", Stylesheet());
        Part(zip, "xl/workbook.xml", Workbook(sheets));
        for (var i = 0; i < sheets.Count; i++)
        {
            using var entry = zip.Entry($"xl/worksheets/sheet{i + 1}.xml");
            using var writer = OpenXmlWriter.Create(entry);
            WriteWorksheet(writer, sheets[i], print);
            writer.Close();
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

    private static void Part(OfficeZip zip, string entry, OpenXmlElement root)
    {
        using var stream = zip.Entry(entry);
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
        writer.Close();
    }

    private static void WriteWorksheet(OpenXmlWriter writer, SheetTable table, WorkbookPrint print)
    {
        var columns = Math.Max(1, table.Header.Count);
        var lastCell = $"{Column(columns - 1)}{table.Rows.Count + 1}";
        var widths = Enumerable.Range(0, columns).Select(c => Width(table, c)).ToList();

        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet(), [], [new("x", Main)]);
        // Fit to page: with the page setup's fitToWidth 1 and fitToHeight 0, one page wide and as long as it takes.
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetDimension { Reference = $"A1:{lastCell}" });
        var view = new SheetView { WorkbookViewId = 0, TabSelected = false };
        view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        writer.WriteElement(new SheetViews(view));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        var cols = new Columns();
        for (var c = 0; c < columns; c++)
        {
            cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
        }

        writer.WriteElement(cols);
        writer.WriteStartElement(new SheetData());
        writer.WriteElement(Row(1, table.Header, HeaderStyle, widths));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            WorkProbe.Count("xlsx.row");
            writer.WriteElement(Row((uint)(r + 2), table.Rows[r], BodyStyle, widths));
        }

        writer.WriteEndElement();
        if (table.Filter)
        {
            writer.WriteElement(new AutoFilter { Reference = $"A1:{lastCell}" });
        }

        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
        writer.WriteElement(new HeaderFooter(new OddHeader(print.Header), new OddFooter(print.Footer)));
        writer.WriteEndElement();
    }

    private static Row Row(uint index, IReadOnlyList<string> values, uint style, IReadOnlyList<double> widths)
    {
        // An explicit height: LibreOffice (unlike Excel) does not grow rows for wrapped text when it opens a file.
        var lines = values.Select((v, c) => WrappedLines(v, c < widths.Count ? widths[c] : 10)).DefaultIfEmpty(1).Max();
        var row = new Row { RowIndex = index, Height = Math.Min(409, (lines * LineHeight) + 3), CustomHeight = true };
        for (var c = 0; c < values.Count; c++)
        {
            var text = Fit(XmlSafeText.Clean(values[c]));
            row.Append(new Cell
            {
                CellReference = $"{Column(c)}{index}",
                DataType = CellValues.InlineString,
                StyleIndex = style,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    private const double LineHeight = 13;

    // How many lines a text takes in a column of a width (in characters), wrapping at the column edge.
    private static int WrappedLines(string text, double width)
    {
        var perLine = Math.Max(1, (int)width - 2);
        return text.Split('\n').Sum(line => Math.Max(1, (line.Length + perLine - 1) / perLine));
    }

    private static string Fit(string text) => text.Length <= MaxCellLength ? text : text[..(MaxCellLength - 1)] + "…";

    // Column width in characters: the longest line in the column, between a readable minimum and a maximum
    // beyond which wrapping reads better than scrolling.
    // A header wraps beyond 30 characters, but never inside a word: the column is at least as wide as the header's
    // longest word ("Gegevensbeschermingseffectbeoordeling").
    private static double Width(SheetTable table, int column)
    {
        var header = column < table.Header.Count ? table.Header[column] : "";
        var longest = table.Rows.Select(r => column < r.Count ? LongestLine(r[column]) : 0)
            .Append(Math.Max(Math.Min(LongestLine(header), 30), LongestWord(header) + 1))
            .Max();
        return Math.Clamp(longest + 2, 10, 60);
    }

    private static int LongestLine(string text) => text.Split('\n').Max(l => l.Length);

    private static int LongestWord(string text) => text.Split([' ', '\n']).Max(w => w.Length);

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
