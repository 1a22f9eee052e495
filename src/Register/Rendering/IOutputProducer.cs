using Register.Output;

namespace Register.Rendering;

/// <summary>Renders one family of documents (notices, Art. 30 records, site, …) into output files, in memory.</summary>
public interface IOutputProducer
{
    IEnumerable<OutputFile> Produce(BuildInput input);
}
