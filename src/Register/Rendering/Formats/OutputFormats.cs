namespace Register.Rendering.Formats;

/// <summary>Every output format, in the order the CLI lists them; the CLI reads its choices from here.</summary>
public static class OutputFormats
{
    public static MarkdownFormat Markdown { get; } = new();

    public static HtmlPageFormat HtmlPage { get; } = new();

    public static HtmlFragmentFormat HtmlFragment { get; } = new();

    public static JsonFormat Json { get; } = new();

    public static DocxFormat Docx { get; } = new();

    public static XlsxFormat Xlsx { get; } = new();

    public static CsvFormat Csv { get; } = new();

    /// <summary>All formats; a build writes every one unless told otherwise.</summary>
    public static IReadOnlyList<OutputFormat> All { get; } = [Markdown, HtmlPage, HtmlFragment, Json, Docx, Xlsx, Csv];

    public static IEnumerable<string> Names => All.Select(f => f.Name);

    /// <summary>The formats that have a version of a kind of document (e.g. the Art. 30 record, for export).</summary>
    public static IReadOnlyList<OutputFormat> For(DocumentKinds documents) => All.Where(f => (f.Documents & documents) == documents).ToList();

    /// <summary>The format with a name.</summary>
    /// <exception cref="ArgumentException">No format has that name (the CLI only passes names from <see cref="Names"/>).</exception>
    public static OutputFormat Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"There is no output format '{name}'; the formats are {string.Join(", ", Names)}.", nameof(name));

    /// <summary>"md (Markdown), html (…)" for help texts.</summary>
    public static string Describe(IEnumerable<OutputFormat> formats) => string.Join(", ", formats.Select(f => $"{f.Name} ({f.Description})"));
}
