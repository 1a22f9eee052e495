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

    public override byte[] Notice(RenderedNotice notice) =>
        NoticeWordDocument.Write(notice.Document, notice.Notice, notice.Organisation, notice.Phrases);

    public override byte[] Record(RenderedRecord record) => Art30WordDocument.Write(record.View);

    public override byte[] Report(DpoReportView report) => DpoReportDocument.Write(report);
}
