using Register.Diagnostics;
using Register.Model;
using Register.Output;
using Register.Rendering.Formats;
using Register.Views;

namespace Register.Rendering;

/// <summary>What every document of one build is rendered with (<see cref="DocumentRendering.Render"/>).</summary>
internal sealed record DocumentBuild(
    DocumentViews Views,
    RegisterModel Register,
    IReadOnlyList<OutputFormat> Formats,
    TemplateEngine Engine,
    DiagnosticBag Diagnostics,
    IOutputSink Output,
    DocumentReuse? Reuse,
    int Workers)
{
    /// <summary>Adds the template errors of a document, in the order it met them, to the build's (on the calling thread).</summary>
    public void Merge(DocumentOutput? written)
    {
        if (written is not null)
        {
            Diagnostics.AddRange(written.Diagnostics);
        }
    }
}
