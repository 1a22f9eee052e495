using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using Register.Rendering.OpenXml;

namespace Register.Tests.Rendering.OpenXml;

/// <summary>
/// The worksheets are written element by element without OpenXml element objects (3 December, evening); these tests
/// hold them to the bytes the element objects gave, kept here as <see cref="ElementObjectSheet"/>, on random tables.
/// </summary>
public sealed class WorksheetBytesTests
{
    private static readonly DocumentProperties Properties = new("Title", "Subject", "en", "Creator", new LocalDate(2026, 11, 1));

    [Fact]
    public void Every_worksheet_has_the_bytes_the_element_objects_gave_on_random_tables()
    {
        var random = new Random(30);
        for (var round = 0; round < 300; round++)
        {
            var sheets = Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomSheet(random)).ToList();
            var print = new WorkbookPrint(RandomText(random, 40), "1 November 2026", "Page", "of");

            var bytes = WorkbookWriter.Write(sheets, Properties, print);

            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            for (var i = 0; i < sheets.Count; i++)
            {
                using var entry = zip.GetEntry($"xl/worksheets/sheet{i + 1}.xml")!.Open();
                using var actual = new MemoryStream();
                entry.CopyTo(actual);
                Assert.Equal(ElementObjectSheet.Write(sheets[i], print), actual.ToArray());
            }
        }
    }

    private static SheetTable RandomSheet(Random random)
    {
        var columns = random.Next(0, 6);
        var header = Enumerable.Range(0, columns).Select(_ => RandomText(random, 50)).ToList();
        // Rows shorter and longer than the header, as the writer allows.
        var rows = Enumerable.Range(0, random.Next(0, 12))
            .Select(_ => (IReadOnlyList<string>)[.. Enumerable.Range(0, Math.Max(0, columns + random.Next(-1, 2))).Select(_ => RandomText(random, 300))])
            .ToList();
        return new SheetTable(RandomText(random, 40), header, rows, random.Next(2) == 0);
    }

    // Words, spaces, line breaks (lone, repeated, leading, trailing), long words, texts about Excel's cell limit,
    // markup characters, accents and characters XML forbids; sometimes empty.
    private static string RandomText(Random random, int maxLength)
    {
        const string Alphabet = "abcdefghij ABC \n\n\t<>&\"'é€ü\u0001\uFFFE-_.:;";
        var length = random.Next(0, 8) == 0 ? 0 : random.Next(1, maxLength);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(20) == 0 ? 'x' : Alphabet[random.Next(Alphabet.Length)];
        }

        return random.Next(50) switch
        {
            0 => new string('w', random.Next(60, 120)) + new string(chars),
            1 when maxLength > 100 => new string('y', WorkbookWriter.MaxCellLength + random.Next(-2, 3)) + new string(chars),
            _ => new string(chars),
        };
    }

    // WorkbookWriter's worksheet before 3 December, evening: every row and cell an OpenXml element object.
    private static class ElementObjectSheet
    {
        private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private const double LineHeight = 13;

        public static byte[] Write(SheetTable table, WorkbookPrint print)
        {
            using var stream = new MemoryStream();
            using (var writer = OpenXmlWriter.Create(stream))
            {
                WriteWorksheet(writer, table, print);
                writer.Close();
            }

            return stream.ToArray();
        }

        private static void WriteWorksheet(OpenXmlWriter writer, SheetTable table, WorkbookPrint print)
        {
            var columns = Math.Max(1, table.Header.Count);
            var lastCell = $"{WorkbookWriter.Column(columns - 1)}{table.Rows.Count + 1}";
            var widths = Enumerable.Range(0, columns).Select(c => Width(table, c)).ToList();

            writer.WriteStartDocument(true);
            writer.WriteStartElement(new Worksheet(), [], [new("x", Main)]);
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
            writer.WriteElement(Row(1, table.Header, 2, widths));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                writer.WriteElement(Row((uint)(r + 2), table.Rows[r], 1, widths));
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
            var lines = values.Select((v, c) => WrappedLines(v, c < widths.Count ? widths[c] : 10)).DefaultIfEmpty(1).Max();
            var row = new Row { RowIndex = index, Height = Math.Min(409, (lines * LineHeight) + 3), CustomHeight = true };
            for (var c = 0; c < values.Count; c++)
            {
                var clean = XmlSafeText.Clean(values[c]);
                var text = clean.Length <= WorkbookWriter.MaxCellLength ? clean : clean[..(WorkbookWriter.MaxCellLength - 1)] + "…";
                row.Append(new Cell
                {
                    CellReference = $"{WorkbookWriter.Column(c)}{index}",
                    DataType = CellValues.InlineString,
                    StyleIndex = style,
                    InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                });
            }

            return row;
        }

        private static int WrappedLines(string text, double width)
        {
            var perLine = Math.Max(1, (int)width - 2);
            return text.Split('\n').Sum(line => Math.Max(1, (line.Length + perLine - 1) / perLine));
        }

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
    }
}
