using Register.Diagnostics;
using Register.Output;
using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>Produces the Art. 30 records of every language in every build format.</summary>
public sealed class Art30Producer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(BuildInput input)
    {
        var files = new List<OutputFile>();
        var engine = new TemplateEngine(TemplateSource.WithOverrides(input.TemplatesDirectory));
        foreach (var record in Art30Views.BuildAll(input, Art30Documents.Phrases(input, new DiagnosticBag())))
        {
            foreach (var format in Art30Documents.BuildFormats)
            {
                files.Add(new OutputFile(Art30Documents.PathOf(record, format), Art30Documents.Render(record, format, engine)));
            }
        }

        return files;
    }
}
