using Register.Rendering.Art30;
using Register.Rendering.Notices;
using Register.Rendering.Reports;
using Register.Views.Reports;

namespace Register.Rendering.Formats;

/// <summary>Word: the notice written from its parsed Markdown (the same tree the HTML comes from), records and reports from their views.</summary>
public sealed class DocxFormat : OutputFormat
{
    public override string Name => "docx";

    public override string Description => "Word";

    public override string Extension => ".docx";

    public override DocumentKinds Documents => DocumentKinds.Notice | DocumentKinds.Record | DocumentKinds.Report;

    public override bool IsText => false;

    public override void WriteNotice(RenderedNotice notice, Stream output) =>
        output.Write(NoticeWordDocument.Write(notice.Document, notice.Notice, notice.Organisation, notice.Phrases));

    public override void WriteRecord(RenderedRecord record, Stream output) => Art30WordDocument.Write(record.View, output);

    public override void WriteReport(DpoReportView report, Stream output) => output.Write(DpoReportDocument.Write(report));
}
