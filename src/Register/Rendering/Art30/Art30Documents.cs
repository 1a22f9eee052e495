using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>Renders an Art. 30 record view in any of its formats, and names the files.</summary>
public static class Art30Documents
{
    /// <summary>The formats `register build` writes, in output order.</summary>
    public static IReadOnlyList<Art30Format> BuildFormats { get; } = [Art30Format.Markdown, Art30Format.Html, Art30Format.Docx, Art30Format.Xlsx, Art30Format.Csv];

    /// <summary>The phrase books of the register's languages, with the organisation's overrides; problems go to the input's diagnostics.</summary>
    public static PhraseLibrary Phrases(BuildInput input) =>
        PhraseLibrary.Load(input.Templates.Source, input.Register.Organisation.Languages, input.Diagnostics);

    /// <summary>The file in a format, or null when an overridden template cannot be used (reported in the input's diagnostics).</summary>
    public static byte[]? TryRender(Art30RecordView record, Art30Format format, BuildInput input)
    {
        try
        {
            return Render(record, format, input.Templates);
        }
        catch (TemplateException e)
        {
            TemplateErrors.Report(e, input.Diagnostics);
            return null;
        }
    }

    /// <summary>The file in a format; Markdown and HTML go through the (possibly overridden) templates of <paramref name="engine"/>.</summary>
    /// <exception cref="TemplateException">An overridden template cannot be used.</exception>
    public static byte[] Render(Art30RecordView record, Art30Format format, TemplateEngine engine) => format switch
    {
        Art30Format.Markdown => Art30Markup.MarkdownBytes(record, engine),
        Art30Format.Html => Art30Markup.HtmlBytes(record, engine),
        Art30Format.Docx => Art30WordDocument.Write(record),
        Art30Format.Xlsx => Art30Spreadsheet.Write(record),
        Art30Format.Csv => CsvWriter.Write(Art30Tables.Overview(record)),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string Extension(Art30Format format) => format switch
    {
        Art30Format.Markdown => "md",
        Art30Format.Html => "html",
        Art30Format.Docx => "docx",
        Art30Format.Xlsx => "xlsx",
        Art30Format.Csv => "csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The file's path in the output folder, e.g. records/nl/art30-controller.xlsx.</summary>
    public static string PathOf(Art30RecordView record, Art30Format format) =>
        $"records/{record.Language}/{FileStem(record.Kind)}.{Extension(format)}";

    public static string FileStem(Art30RecordKind kind) => kind == Art30RecordKind.Controller ? "art30-controller" : "art30-processor";
}
