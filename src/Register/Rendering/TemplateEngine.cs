using System.Collections.Concurrent;
using HandlebarsDotNet;
using Register.Views.Localization;

namespace Register.Rendering;

/// <summary>
/// Renders Handlebars templates from a <see cref="TemplateSource"/>. Built once per build: each template is compiled on first
/// use and cached. <c>*.md.hbs</c> templates write Markdown (values escaped by <see cref="MarkdownTextEncoder"/>),
/// <c>*.html.hbs</c> templates write HTML (values HTML-escaped). Files named <c>_name.*.hbs</c> are partials of their folder,
/// used as <c>{{&gt; name}}</c>. Helpers: <c>{{t "key"}}</c> writes the fixed wording of the document's language.
/// </summary>
public sealed class TemplateEngine
{
    private static readonly AsyncLocal<PhraseBook?> CurrentPhrases = new();

    private readonly TemplateSource _source;
    private readonly ConcurrentDictionary<string, Lazy<HandlebarsTemplate<TextWriter, object, object>>> _compiled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<(IHandlebars Markdown, IHandlebars Html)>> _environments = new(StringComparer.Ordinal);

    public TemplateEngine(TemplateSource source) => _source = source;

    /// <summary>The engine over the built-in templates, shared by every build without overrides.</summary>
    public static TemplateEngine BuiltIn { get; } = new(TemplateSource.BuiltIn);

    public TemplateSource Source => _source;

    /// <summary>Renders the template at <paramref name="path"/> (e.g. "notice/notice.md.hbs") with a model and the phrases of its language.</summary>
    /// <exception cref="TemplateException">The template cannot be compiled or rendered; the message names the file.</exception>
    public string Render(string path, object model, PhraseBook phrases)
    {
        var template = _compiled.GetOrAdd(path, p => new Lazy<HandlebarsTemplate<TextWriter, object, object>>(() => Compile(p))).Value;
        var previous = CurrentPhrases.Value;
        CurrentPhrases.Value = phrases;
        try
        {
            using var writer = new StringWriter { NewLine = "\n" };
            template(writer, model, null!);
            return writer.ToString();
        }
        catch (HandlebarsException e)
        {
            throw new TemplateException(DisplayOf(path), e.Message, e);
        }
        finally
        {
            CurrentPhrases.Value = previous;
        }
    }

    private HandlebarsTemplate<TextWriter, object, object> Compile(string path)
    {
        var file = _source.Find(path) ?? throw new TemplateException("templates/" + path, "The template does not exist.");
        var folder = path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : "";
        var environments = _environments.GetOrAdd(folder, f => new Lazy<(IHandlebars, IHandlebars)>(() => CreateEnvironments(f))).Value;
        var environment = path.EndsWith(".html.hbs", StringComparison.Ordinal) ? environments.Html : environments.Markdown;
        try
        {
            using var reader = new StringReader(file.Text);
            return environment.Compile(reader);
        }
        catch (HandlebarsException e)
        {
            throw new TemplateException(file.DisplayPath, e.Message, e);
        }
    }

    private (IHandlebars Markdown, IHandlebars Html) CreateEnvironments(string folder)
    {
        var markdown = Handlebars.Create(new HandlebarsConfiguration { TextEncoder = MarkdownTextEncoder.Instance });
        var html = Handlebars.Create(new HandlebarsConfiguration());
        foreach (var environment in new[] { markdown, html })
        {
            environment.RegisterHelper("t", (output, _, arguments) =>
            {
                var phrases = CurrentPhrases.Value ?? throw new InvalidOperationException("No phrase book while rendering.");
                // Phrases are the organisation's own fixed wording, trusted as Markdown; only register text is escaped.
                output.WriteSafeString(phrases.Get(arguments[0]?.ToString() ?? ""));
            });
        }

        foreach (var partial in _source.In(folder).Where(p => Path.GetFileName(p).StartsWith('_')))
        {
            var file = _source.Find(partial)!;
            var name = Path.GetFileName(partial)[1..].Split('.')[0];
            var target = partial.EndsWith(".html.hbs", StringComparison.Ordinal) ? html : markdown;
            try
            {
                target.RegisterTemplate(name, file.Text);
            }
            catch (HandlebarsException e)
            {
                throw new TemplateException(file.DisplayPath, e.Message, e);
            }
        }

        return (markdown, html);
    }

    private string DisplayOf(string path) => _source.Find(path)?.DisplayPath ?? "templates/" + path;
}
