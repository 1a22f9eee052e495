using Register.Views.Reports;

namespace Register.Rendering;

/// <summary>
/// How a build makes its DPO reports once its notices are measured: the inputs hash of the report in a language (null:
/// it is always made), and the report from what it shows of that language's controller record.
/// </summary>
public sealed record DpoReportMaker(Func<string, string?> InputsOf, Func<string, DpoRecordExtract, DpoReportView> Make);
