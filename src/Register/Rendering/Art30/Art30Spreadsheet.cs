using Register.Rendering.OpenXml;
using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>The record as an XLSX workbook: the parties and date first, then the overview, transfers and recipients sheets.</summary>
public static class Art30Spreadsheet
{
    public static byte[] Write(Art30RecordView record)
    {
        using var stream = new MemoryStream();
        Write(record, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the workbook to <paramref name="output"/> (seekable; left open).</summary>
    public static void Write(Art30RecordView record, Stream output) =>
        WorkbookWriter.Write(
            output,
            [Art30Tables.Parties(record), Art30Tables.Overview(record), Art30Tables.Transfers(record), Art30Tables.Recipients(record)],
            Art30Tables.Properties(record),
            Art30Tables.Print(record));
}
