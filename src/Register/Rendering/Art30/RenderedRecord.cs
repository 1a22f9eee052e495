using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>
/// An Art. 30 record view with its template output made once, on first use, and shared by the formats that need it. The
/// Markdown is kept as UTF-8 (<see cref="Utf8Buffer"/>), and the formats write from it straight into their files.
/// </summary>
public sealed class RenderedRecord
{
    private readonly TemplateEngine _engine;
    private Utf8Buffer? _markdown;
    private Art30TemplateModel? _model;
    private System.Runtime.ExceptionServices.ExceptionDispatchInfo? _failure;

    public RenderedRecord(Art30RecordView view, TemplateEngine engine)
    {
        View = view;
        _engine = engine;
    }

    public Art30RecordView View { get; }

    /// <summary>The record's Markdown (art30/record.md.sbn).</summary>
    /// <exception cref="TemplateException">The template cannot be used.</exception>
    public string Markdown => MarkdownText.ToString();

    /// <summary>The HTML page (art30/page.html.sbn) around the HTML written from <see cref="Markdown"/>.</summary>
    /// <exception cref="TemplateException">A template cannot be used.</exception>
    public string Html => Art30Markup.Html(View, Model, _engine, Markdown);

    /// <summary>Writes the Markdown as UTF-8.</summary>
    /// <exception cref="TemplateException">The template cannot be used.</exception>
    public void WriteMarkdown(Stream output) => MarkdownText.WriteTo(output);

    /// <summary>Writes the HTML page as UTF-8, the same bytes as <see cref="Html"/>.</summary>
    /// <exception cref="TemplateException">A template cannot be used.</exception>
    public void WriteHtml(Stream output) => Art30Markup.WriteHtml(View, Model, _engine, MarkdownText, output);

    /// <summary>
    /// Lets go of the Markdown (and the template model) once no format still to write needs it (at 10,000 activities ~40 MB, otherwise held while
    /// the DOCX and XLSX are written from the view), its memory back to the pool for the next record; a later use renders
    /// it again.
    /// </summary>
    public void ReleaseMarkdown()
    {
        _markdown?.Release();
        _markdown = null;
        _model = null;
    }

    // What the templates see, made once for the Markdown and the page (at 1,000 activities every overview cell).
    private Art30TemplateModel Model => _model ??= Art30TemplateModel.From(View);

    private Utf8Buffer MarkdownText
    {
        get
        {
            // A template that cannot be used fails every format alike, with the one error (as reported once).
            _failure?.Throw();
            if (_markdown is null)
            {
                Instrumentation.WorkProbe.Count("record.markdown");
                var buffer = new Utf8Buffer();
                try
                {
                    using var writer = buffer.CreateWriter();
                    Art30Markup.WriteMarkdown(View, Model, _engine, writer);
                }
                catch (TemplateException e)
                {
                    _failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                    throw;
                }

                _markdown = buffer;
            }

            return _markdown;
        }
    }
}
