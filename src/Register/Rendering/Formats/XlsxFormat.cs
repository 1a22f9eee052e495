using Register.Rendering.Art30;

namespace Register.Rendering.Formats;

/// <summary>Excel: the Art. 30 record as a workbook.</summary>
public sealed class XlsxFormat : OutputFormat
{
    public override string Name => "xlsx";

    public override string Description => "Excel";

    public override string Extension => ".xlsx";

    public override DocumentKinds Documents => DocumentKinds.Record;

    public override bool IsText => false;

    public override void WriteRecord(RenderedRecord record, Stream output) => Art30Spreadsheet.Write(record.View, output);
}
