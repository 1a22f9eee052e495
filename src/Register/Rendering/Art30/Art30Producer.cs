using Register.Diagnostics;
using Register.Output;
using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>
/// Produces the Art. 30 records (controller record, and processor record when there are processor activities) of every
/// language in every format, under <c>records/&lt;lang&gt;/</c>.
/// </summary>
public sealed class Art30Producer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(BuildInput input)
    {
        var files = new List<OutputFile>();
        foreach (var record in Art30Views.BuildAll(input, Art30Documents.Phrases(input)))
        {
            foreach (var format in Art30Documents.BuildFormats)
            {
                if (Art30Documents.TryRender(record, format, input) is { } content)
                {
                    files.Add(new OutputFile(Art30Documents.PathOf(record, format), content));
                }
            }
        }

        return files;
    }
}
