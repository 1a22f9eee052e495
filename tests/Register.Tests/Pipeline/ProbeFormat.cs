using Register.Rendering.Art30;
using Register.Rendering.Formats;
using Register.Rendering.Notices;
using Register.Views.Reports;

namespace Register.Tests.Pipeline;

/// <summary>
/// A format that writes a one-line file per document and remembers every object it was handed, to count them; from the
/// workers that render the documents, so in the order they were finished.
/// </summary>
internal sealed class ProbeFormat(string name) : OutputFormat
{
    public List<RenderedNotice> Notices { get; } = [];

    public List<RenderedRecord> Records { get; } = [];

    public List<DpoReportView> Reports { get; } = [];

    public override string Name => name;

    public override string Description => "probe";

    public override string Extension => $".{name}.txt";

    public override DocumentKinds Documents => DocumentKinds.Notice | DocumentKinds.Record | DocumentKinds.Report;

    public override void WriteNotice(RenderedNotice notice, Stream output)
    {
        lock (Notices)
        {
            Notices.Add(notice);
        }

        output.WriteByte((byte)'n');
    }

    public override void WriteRecord(RenderedRecord record, Stream output)
    {
        lock (Records)
        {
            Records.Add(record);
        }

        output.WriteByte((byte)'r');
    }

    public override void WriteReport(DpoReportView report, Stream output)
    {
        lock (Reports)
        {
            Reports.Add(report);
        }

        output.WriteByte((byte)'d');
    }
}
