using Register.Output;
using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>Produces the Art. 30 records of every language in every build format.</summary>
public sealed class Art30Producer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(BuildInput input)
    {
        foreach (var record in Art30Views.BuildAll(input))
        {
            foreach (var format in Art30Documents.BuildFormats)
            {
                yield return new OutputFile(Art30Documents.PathOf(record, format), Art30Documents.Render(record, format));
            }
        }
    }
}
