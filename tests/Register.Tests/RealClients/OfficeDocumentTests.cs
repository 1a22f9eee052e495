using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Register.Tests.RealClients;

/// <summary>
/// The DOCX and XLSX files as LibreOffice prints them (converted once for all tests by <see cref="OfficeFixture"/>):
/// every file converts, no word is broken in the middle, no heading ends a page, the record workbook prints landscape
/// with its header row on every page and at most two pages wide.
/// </summary>
[Collection(OfficeCollection.Name)]
public sealed partial class OfficeDocumentTests(OfficeFixture office)
{
    public static TheoryData<string> OfficeFiles => new(OfficeFixture.OfficeFiles(Pipeline.RenderedExample.Render().Files.Select(f => f.Path)));

    public static TheoryData<string> WordFiles => new(OfficeFixture.OfficeFiles(Pipeline.RenderedExample.Render().Files.Select(f => f.Path)).Where(f => f.EndsWith(".docx", StringComparison.Ordinal)));

    public static TheoryData<string> WorkbookFiles => new(OfficeFixture.OfficeFiles(Pipeline.RenderedExample.Render().Files.Select(f => f.Path)).Where(f => f.EndsWith(".xlsx", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(OfficeFiles))]
    public void LibreOffice_converts_it_to_a_pdf(string file)
    {
        var pdf = office.PdfOf(file);
        Assert.True(File.Exists(pdf), $"LibreOffice made no PDF of {file}:\n{office.ConversionLog}");
        Assert.True(office.PageCount(pdf) >= 1);
        Assert.Contains(office.Pages(pdf), page => page.Count > 0);
    }

    // A word cut at the edge of a narrow column ("Verarbeitungstäti|gkeit") shows in the PDF as two pieces that are not
    // words of the document. Every word of the printed text must be a word of the file (any of its parts: body,
    // header, footer, sheet names), or a piece of a web or e-mail address, which may break anywhere.
    [Theory]
    [MemberData(nameof(OfficeFiles))]
    public void No_word_is_broken_in_the_middle(string file)
    {
        var source = SourceText(file);
        var words = WordPattern().Matches(source).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var addresses = AddressPattern().Matches(source).Select(m => m.Value).ToList();

        var printed = WordPattern().Matches(office.LayoutText(office.PdfOf(file))).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        var broken = printed
            .Where(w => w.Length >= 3 && !words.Contains(w) && !addresses.Any(a => a.Contains(w, StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(printed);
        Assert.True(broken.Count == 0, $"{file}: words broken in the PDF: {string.Join(", ", broken)}");
    }

    [Theory]
    [MemberData(nameof(WordFiles))]
    public void No_heading_is_the_last_line_of_a_page(string file)
    {
        var headings = Headings(file);
        var pages = office.Pages(office.PdfOf(file));
        Assert.NotEmpty(headings);

        var stranded = new List<string>();
        for (var i = 0; i < pages.Count - 1; i++)
        {
            var lines = pages[i];
            // A heading may wrap: the last one, two or three lines together.
            for (var n = 1; n <= Math.Min(3, lines.Count); n++)
            {
                var tail = string.Join(' ', lines.Skip(lines.Count - n));
                if (headings.Contains(tail))
                {
                    stranded.Add($"page {i + 1}: '{tail}'");
                    break;
                }
            }
        }

        Assert.True(stranded.Count == 0, $"{file}: a heading ends a page:\n{string.Join("\n", stranded)}");
    }

    // The record's sheets are printed landscape, fit to one page wide; the header row is repeated on every page. A page
    // belongs to the sheet whose name starts its page header.
    [Theory]
    [MemberData(nameof(WorkbookFiles))]
    public void The_record_workbook_prints_landscape_with_its_header_row_on_every_page_at_most_two_pages_wide(string file)
    {
        var pdf = office.PdfOf(file);
        var (width, height) = office.PageSize(pdf);
        Assert.True(width > height, $"{file} prints portrait ({width} x {height} pt)");

        var sheets = Sheets(file);
        var pages = office.Pages(pdf);
        var pagesOf = sheets.ToDictionary(s => s.Name, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var sheet = sheets.Where(s => page.Take(3).Any(l => l == s.Name || l.StartsWith(s.Name + " ", StringComparison.Ordinal))).Select(s => s.Name).ToList();
            Assert.True(sheet.Count == 1, $"{file}: a page names {sheet.Count} sheets in its header:\n{string.Join("\n", page.Take(4))}");
            pagesOf[sheet[0]].Add(Squeeze(string.Join("", page)));
        }

        foreach (var (name, header) in sheets)
        {
            var printed = pagesOf[name];
            Assert.True(printed.Count > 0, $"{file}: sheet {name} is not printed");
            Assert.All(printed, p => Assert.Contains(Squeeze(header[0]), p, StringComparison.Ordinal));
            var withLastColumn = printed.Count(p => p.Contains(Squeeze(header[^1]), StringComparison.Ordinal));
            Assert.True(withLastColumn > 0, $"{file}: the last column of sheet {name} ('{header[^1]}') is not printed");
            var pagesWide = (int)Math.Ceiling(printed.Count / (double)withLastColumn);
            Assert.True(pagesWide <= 2, $"{file}: sheet {name} prints {pagesWide} pages wide ({printed.Count} pages, {withLastColumn} with its last column)");
        }
    }

    // The text of every XML part of the package: what the document can print, in any part.
    private string SourceText(string file)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(office.Example.Output, file));
        var text = new System.Text.StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            // Tags become spaces; the header and footer codes of a sheet (&L, &P, …) become spaces too.
            text.Append(WebUtility.HtmlDecode(TagPattern().Replace(reader.ReadToEnd(), " ")).Replace("&", " &", StringComparison.Ordinal)).Append(' ');
        }

        return Regex.Replace(text.ToString(), "&[A-Z]", " ");
    }

    private HashSet<string> Headings(string file)
    {
        using var package = WordprocessingDocument.Open(Path.Combine(office.Example.Output, file), false);
        return package.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && (style.StartsWith("Heading", StringComparison.Ordinal) || style is "Title" or "Subtitle"))
            .Select(p => string.Join(' ', p.InnerText.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.Ordinal);
    }

    private List<(string Name, IReadOnlyList<string> Header)> Sheets(string file)
    {
        using var package = SpreadsheetDocument.Open(Path.Combine(office.Example.Output, file), false);
        var workbook = package.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<S.Sheet>()
            .Select(s => (s.Name!.Value!, (IReadOnlyList<string>)((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet.Descendants<S.Row>().First()
                .Elements<S.Cell>().Select(c => c.InnerText).ToList()))
            .ToList();
    }

    private static string Squeeze(string text) => WhitespacePattern().Replace(text, "");

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"https?://\S+|[\w.%+-]+@[\w.-]+")]
    private static partial Regex AddressPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
