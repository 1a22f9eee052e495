using Register.Rendering.Art30;

namespace Register.Rendering.Formats;

/// <summary>The Art. 30 record as CSV: the parties block (controller or processor, privacy contact, DPO, representative, date), an empty line, then the overview table.</summary>
public sealed class CsvFormat : OutputFormat
{
    public override string Name => "csv";

    public override string Description => "overview table of a record";

    public override string Extension => ".csv";

    public override DocumentKinds Documents => DocumentKinds.Record;

    public override void WriteRecord(RenderedRecord record, Stream output) => CsvWriter.Write([Art30Tables.Parties(record.View), Art30Tables.Overview(record.View)], output);
}
