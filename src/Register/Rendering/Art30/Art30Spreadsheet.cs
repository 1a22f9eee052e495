using Register.Rendering.OpenXml;
using Register.Views.Art30;

namespace Register.Rendering.Art30;

/// <summary>The record as an XLSX workbook: overview, transfers and recipients sheets.</summary>
public static class Art30Spreadsheet
{
    public static byte[] Write(Art30RecordView record) =>
        WorkbookWriter.Write(
            [Art30Tables.Overview(record), Art30Tables.Transfers(record), Art30Tables.Recipients(record)],
            Art30Tables.Properties(record));
}
