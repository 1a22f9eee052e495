using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Register.Views.Localization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Register.Rendering;

/// <summary>
/// Renders Scriban templates from a <see cref="TemplateSource"/>. Built once per build: each template is parsed on first
/// use and cached, partials included. <c>*.md.sbn</c> templates write Markdown (values escaped by
/// <see cref="MarkdownTextEncoder"/>), <c>*.html.sbn</c> templates write HTML (values HTML-escaped). Files named
/// <c>_name.*.sbn</c> are partials of their folder, used as <c>include "name"</c>. <c>t "key"</c> writes the fixed
/// wording of the document's language. Every render runs within <see cref="TemplateLimits"/>.
/// </summary>
public sealed class TemplateEngine
{
    public const string MarkdownExtension = ".md.sbn";
    public const string HtmlExtension = ".html.sbn";

    private readonly ConcurrentDictionary<string, Lazy<Template>> _compiled = new(StringComparer.Ordinal);

    public TemplateEngine(TemplateSource source, TemplateLimits? limits = null)
    {
        Source = source;
        Limits = limits ?? TemplateLimits.Default;
        Loader = new TemplatePartialLoader(source);
    }

    /// <summary>The engine over the built-in templates, shared by every build without overrides.</summary>
    public static TemplateEngine BuiltIn { get; } = new(TemplateSource.BuiltIn);

    public TemplateSource Source { get; }

    public TemplateLimits Limits { get; }

    internal TemplatePartialLoader Loader { get; }

    /// <summary>How a template's values are escaped: HTML for <c>*.html.sbn</c>, Markdown for everything else.</summary>
    public static TemplateEscaping EscapingOf(string path) =>
        path.EndsWith(HtmlExtension, StringComparison.Ordinal) ? TemplateEscaping.Html : TemplateEscaping.Markdown;

    /// <summary>Renders the template at <paramref name="path"/> (e.g. "notice/notice.md.sbn") with a model and the phrases of its language.</summary>
    /// <remarks>
    /// A document that lists <paramref name="activities"/> processing activities (an Art. 30 record lists them all) may
    /// write and work in proportion: its limits grow by <see cref="TemplateLimits.ForActivities"/>.
    /// </remarks>
    /// <exception cref="TemplateException">The template cannot be parsed or rendered; it names the file, line and column.</exception>
    public string Render(string path, object model, PhraseBook phrases, int activities = 0) =>
        Run(path, model, phrases, activities, null);

    /// <summary>
    /// Renders like <see cref="Render(string, object, PhraseBook, int)"/>, writing the text into <paramref name="output"/> as
    /// the template produces it instead of returning it (what was written before an error stays written).
    /// </summary>
    /// <exception cref="TemplateException">The template cannot be parsed or rendered; it names the file, line and column.</exception>
    public void Render(string path, object model, PhraseBook phrases, int activities, TextWriter output) =>
        Run(path, model, phrases, activities, output);

    // The text rendered (Scriban's Render returns the output's text, made once); empty when it went to output.
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode",
        Justification = "Scriban reads the view records' properties by reflection; the Native AOT build roots the whole Register assembly (TrimmerRootAssembly in Register.Cli.csproj), so none is trimmed away, and benchmarks/aot-compare.sh checks its output byte for byte.")]
    private string Run(string path, object model, PhraseBook phrases, int activities, TextWriter? output)
    {
        var template = Compile(path);
        var context = new TemplateRenderContext(this, EscapingOf(path), phrases, CreateBuiltins(), Limits.ForActivities(activities), output);
        var globals = new ScriptObject();
        globals.Import(model, renamer: member => member.Name);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (Exception e) when (e is ScriptRuntimeException or TemplateException or InvalidOperationException or ArgumentException or InvalidCastException or FormatException or OverflowException or OutOfMemoryException)
        {
            throw Translate(e, path, context.CurrentSpan);
        }
    }

    /// <summary>The parsed template, from the cache; a template that does not parse fails the same way every time.</summary>
    /// <exception cref="TemplateException">The template does not exist or does not parse.</exception>
    internal Template Compile(string path) =>
        _compiled.GetOrAdd(path, p => new Lazy<Template>(() => Parse(p))).Value;

    private Template Parse(string path)
    {
        var file = Source.Find(path) ?? throw new TemplateException("templates/" + path, "The template does not exist.");
        var template = Template.Parse(file.Text, path);
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw At(error.Span, path, error.Message);
        }

        return template;
    }

    private static ScriptObject CreateBuiltins()
    {
        // A fresh set per render: templates may set builtin properties (date.format), which must not leak into the next document.
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.Remove("include");
        builtins.SetValue("include", new PartialFunction(), true);
        builtins.SetValue("t", new PhraseFunction(), true);
        return builtins;
    }

    private TemplateException Translate(Exception error, string path, SourceSpan current)
    {
        for (var inner = error; inner is not null; inner = inner.InnerException)
        {
            if (inner is TemplateException known)
            {
                return known;
            }
        }

        return error is ScriptRuntimeException script
            ? At(script.Span, path, script.OriginalMessage)
            : At(current, path, error.Message);
    }

    private TemplateException At(SourceSpan span, string path, string message)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? path : span.FileName;
        var shown = Source.Find(file)?.DisplayPath ?? "templates/" + file;
        return new TemplateException(shown, Math.Max(span.Start.Line, 0) + 1, Math.Max(span.Start.Column, 0) + 1, message);
    }
}
