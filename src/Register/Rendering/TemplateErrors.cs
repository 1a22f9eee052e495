using Register.Diagnostics;

namespace Register.Rendering;

/// <summary>Turns a template that cannot be used into its REG100 diagnostic.</summary>
public static class TemplateErrors
{
    /// <summary>
    /// Reports the error at the template's file, line and column. The message names neither document nor language, so a
    /// template used for every notice in every language is reported once (the bag drops identical diagnostics).
    /// </summary>
    public static void Report(TemplateException error, DiagnosticBag diagnostics) =>
        diagnostics.Report(Rules.TemplateError, new SourceLocation(error.File, error.Line, error.Column),
            $"The template cannot be used: {error.Message}", Rules.TemplateError.Fix);

    /// <summary>Reports each override still written for Handlebars: it would be silently ignored otherwise.</summary>
    public static void ReportHandlebarsFiles(TemplateSource source, DiagnosticBag diagnostics)
    {
        foreach (var file in source.HandlebarsFiles)
        {
            diagnostics.Report(Rules.TemplateError, SourceLocation.OfFile(file),
                "This is a Handlebars template; templates are Scriban now, so it is not used.",
                "Convert it to Scriban and rename it from *.md.hbs to *.md.sbn (or *.html.hbs to *.html.sbn); docs/notices.md shows how. Delete it if you no longer need it.");
        }
    }
}
