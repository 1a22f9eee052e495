using Register.Diagnostics;
using Register.Model;
using Register.Readability;
using Register.Rendering;
using Register.Rendering.Notices;
using Register.Validation;
using Register.Views;
using Register.Views.Localization;

namespace Register.Pipeline;

/// <summary>
/// Measures a notice by rendering it in memory with the given templates (the built-in ones, or --templates), exactly as
/// the build renders it: what lets validate report REG140 (the build measures the notices it rendered: MeasuredNotices). Phrase files are read once per measure, when first needed.
/// </summary>
public sealed class RenderedNoticeMeasure(TemplateEngine engine) : INoticeMeasure
{
    private readonly Dictionary<string, PhraseBook?> _books = new(StringComparer.Ordinal);

    /// <summary>A measure with the built-in templates, or with those of <paramref name="templatesDirectory"/>.</summary>
    public static RenderedNoticeMeasure For(string? templatesDirectory, string? displayRoot = null) =>
        new(templatesDirectory is null ? TemplateEngine.BuiltIn : new TemplateEngine(TemplateSource.WithOverrides(templatesDirectory, displayRoot)));

    /// <summary>
    /// Validation as a build with <paramref name="engine"/> judges: its phrase books count (REG102) and notices are
    /// measured as they render with it (REG140). What 'register validate' runs.
    /// </summary>
    public static ValidationOptions Validating(ValidationOptions options, TemplateEngine engine) =>
        options with { PhraseLanguages = engine.Source.PhraseLanguages, NoticeMeasure = new RenderedNoticeMeasure(engine) };

    public ReadabilityScore? Measure(RegisterModel register, Vocabulary.Terminology vocabulary, Notice notice, string language)
    {
        if (!_books.TryGetValue(language, out var book))
        {
            // Problems of the phrase files are the build's to report (at the file); here they only mean "not measured".
            book = PhraseFiles.Load(engine.Source, [language], new DiagnosticBag()).For(language);
            _books[language] = book;
        }

        if (book is null)
        {
            return null;
        }

        try
        {
            var view = NoticeViewBuilder.Build(notice, new NoticeContext(register, vocabulary, book, register.Organisation.VersionDate));
            return RenderedNotice.Render(new NoticeVersion(notice, view, book), register.Organisation, engine).Readability;
        }
        catch (TemplateException)
        {
            return null;
        }
    }
}
