using System.Globalization;

namespace Register.Tests.RealClients;

/// <summary>
/// Every DOCX and XLSX of the built example, converted to PDF by LibreOffice headless in one run, with a profile of its
/// own (never the user's) and a time limit, and the PDFs' text per page from pdftotext.
/// </summary>
public sealed class OfficeFixture : IDisposable
{
    private static readonly TimeSpan ConversionLimit = TimeSpan.FromMinutes(8);

    public OfficeFixture()
    {
        var soffice = RealClientProgram.Soffice;
        var home = Example.Scratch("office-home");
        var input = Example.Scratch("office-in");
        PdfFolder = Example.Scratch("office-pdf");
        foreach (var file in OfficeFiles(Example.Files))
        {
            File.Copy(Path.Combine(Example.Output, file), Path.Combine(input, FlatName(file)));
        }

        string[] arguments =
        [
            "-env:UserInstallation=" + new Uri(Example.Scratch("office-profile") + "/").AbsoluteUri,
            "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault",
            "--convert-to", "pdf", "--outdir", PdfFolder,
            .. Directory.GetFiles(input).Order(StringComparer.Ordinal),
        ];
        var (exitCode, output, error) = RealClientProgram.Run(soffice, arguments, home, ConversionLimit);
        ConversionLog = $"exit {exitCode}\n{output}\n{error}";
    }

    public BuiltExample Example { get; } = new();

    public string PdfFolder { get; }

    public string ConversionLog { get; }

    /// <summary>The DOCX and XLSX files of a build, in ordinal order.</summary>
    public static IEnumerable<string> OfficeFiles(IEnumerable<string> files) =>
        files.Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".xlsx", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>The PDF LibreOffice made of an output file (records/nl/art30-controller.xlsx → records-nl-art30-controller-xlsx.pdf).</summary>
    public string PdfOf(string file) => Path.Combine(PdfFolder, Path.GetFileNameWithoutExtension(FlatName(file)) + ".pdf");

    /// <summary>The text of each page of a PDF, without the footer line that repeats on every page.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Pages(string pdf)
    {
        var (exitCode, output, error) = RealClientProgram.Run(RealClientProgram.PdfToText, ["-enc", "UTF-8", pdf, "-"], Example.Scratch("pdftotext-home"), TimeSpan.FromMinutes(1));
        Assert.True(exitCode == 0, $"pdftotext {pdf}: {error}");
        var pages = output.Split('\f').Select(Lines).ToList();
        if (pages.Count > 1 && pages[^1].Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return WithoutRunningFooter(pages);
    }

    /// <summary>The PDF's text with its layout kept (pdftotext -layout): a word broken across lines stays broken, hyphens stay.</summary>
    public string LayoutText(string pdf)
    {
        var (exitCode, output, error) = RealClientProgram.Run(RealClientProgram.PdfToText, ["-layout", "-enc", "UTF-8", pdf, "-"], Example.Scratch("pdftotext-home"), TimeSpan.FromMinutes(1));
        Assert.True(exitCode == 0, $"pdftotext {pdf}: {error}");
        return output;
    }

    /// <summary>The size of the first page in points (width, height), from pdfinfo.</summary>
    public (double Width, double Height) PageSize(string pdf)
    {
        var (exitCode, output, error) = RealClientProgram.Run(RealClientProgram.PdfInfo, [pdf], Example.Scratch("pdfinfo-home"), TimeSpan.FromMinutes(1));
        Assert.True(exitCode == 0, $"pdfinfo {pdf}: {error}");
        var line = output.Split('\n').Single(l => l.StartsWith("Page size:", StringComparison.Ordinal));
        var numbers = System.Text.RegularExpressions.Regex.Matches(line, "[0-9]+(\\.[0-9]+)?").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        return (numbers[0], numbers[1]);
    }

    public void Dispose() => Example.Dispose();

    private static string FlatName(string file)
    {
        var extension = Path.GetExtension(file);
        return file[..^extension.Length].Replace('/', '-') + "-" + extension.TrimStart('.') + extension;
    }

    private static List<string> Lines(string page) =>
        page.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0).ToList();

    // A footer ("Version of 1 November 2026 · Page 3 of 13") ends every page; with digits masked, it is the same line on
    // each page, so it is dropped wherever every page ends with it.
    private static List<IReadOnlyList<string>> WithoutRunningFooter(List<List<string>> pages)
    {
        static string Mask(string line) => System.Text.RegularExpressions.Regex.Replace(line, "[0-9]+", "#");
        while (pages.Count > 1 && pages.All(p => p.Count > 0) && pages.Select(p => Mask(p[^1])).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            foreach (var page in pages)
            {
                page.RemoveAt(page.Count - 1);
            }
        }

        return pages.Select(p => (IReadOnlyList<string>)p).ToList();
    }

    /// <summary>The number of pages pdfinfo reports.</summary>
    public int PageCount(string pdf)
    {
        var (exitCode, output, error) = RealClientProgram.Run(RealClientProgram.PdfInfo, [pdf], Example.Scratch("pdfinfo-home"), TimeSpan.FromMinutes(1));
        Assert.True(exitCode == 0, $"pdfinfo {pdf}: {error}");
        var line = output.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }
}

[CollectionDefinition(Name)]
public sealed class OfficeCollection : ICollectionFixture<OfficeFixture>
{
    public const string Name = "LibreOffice";
}
