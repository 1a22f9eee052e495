using System.Globalization;
using Register.Diagnostics;
using Register.Model;
using Register.Output;
using Register.Readability;
using Register.Rendering.Art30;
using Register.Rendering.Formats;
using Register.Rendering.Notices;
using Register.Rendering.Site;
using Register.Validation.Checks.Completeness;
using Register.Views;
using Register.Views.Art30;
using Register.Views.Localization;
using Register.Views.Reports;

namespace Register.Rendering;

/// <summary>
/// The formats stage of a build: writes every view in every chosen format. Each notice's template output is rendered and
/// parsed once (<see cref="RenderedNotice"/>) and each record's once (<see cref="RenderedRecord"/>); every format of a
/// document is written from that, never from another format's file.
/// </summary>
public static class DocumentRendering
{
    public const string NoticeFolder = "notices";

    /// <summary>The size from which an Art. 30 record is written after a full garbage collection (see <see cref="Render"/>).</summary>
    internal const int LargeRecordActivities = 2_000;

    /// <summary>
    /// Writes every document in <paramref name="formats"/> into <paramref name="output"/> as it is rendered, and returns the
    /// readability of each notice; templates that cannot be used are reported once each. The DPO reports show the notices'
    /// readability, so <paramref name="reports"/> is given it once every document is rendered and returns each report's
    /// inputs hash and how to make it from what it shows of its language's controller record (<see cref="DpoRecordExtract"/>,
    /// taken while the record's view is at hand; views are built as they are reached, see <see cref="DocumentViews.Plan"/>).
    /// With <paramref name="reuse"/>, a notice, record or DPO report whose inputs are unchanged is kept from the last build
    /// instead of written (neither its view is built nor its Markdown rendered: the build summary, the readability warnings
    /// and the DPO report take a kept notice's readability as the last build measured it, recorded with it; only with
    /// notice templates of the organisation's own is every notice rendered, for <see cref="NoticeTemplateCheck"/>); the
    /// site index is always made anew.
    /// </summary>
    /// <remarks>
    /// The notices and records are rendered by up to <paramref name="workers"/> threads (<see cref="DocumentWorkers"/>),
    /// each document (a notice or record in one language) on one of them, its view built there and every format written
    /// from it; the largest first, notices and records together, except that a record of
    /// <see cref="LargeRecordActivities"/> or more is rendered alone, after the notices. Whatever the timing, everything a
    /// build records is in the plan's order: each document's files, template errors, readability and page hash are kept
    /// apart and taken in order (the notices, then the records) on the calling thread, which alone decides what to keep
    /// (<paramref name="reuse"/>, not thread-safe) and makes the site index and the reports. Only the order in which files
    /// reach <paramref name="output"/> (and a progress listener) is the order they are finished.
    /// </remarks>
    public static RenderedDocuments Render(
        DocumentViews views,
        Func<IReadOnlyList<NoticeReadability>, DpoReportMaker> reports,
        RegisterModel register,
        PhraseLibrary phrases,
        IReadOnlyList<OutputFormat> formats,
        TemplateEngine engine,
        DiagnosticBag diagnostics,
        IOutputSink output,
        DocumentReuse? reuse = null,
        int workers = 1)
    {
        var build = new DocumentBuild(views, register, formats, engine, diagnostics, output, reuse, workers);
        var site = formats.Contains(OutputFormats.HtmlPage) || formats.Contains(OutputFormats.Json);
        // Templates of the organisation's own may leave out a part a notice must show: reported once, at the template.
        var parts = NoticeTemplateCheck.For(engine.Source);
        var reportFormats = formats.Where(f => f.Documents.HasFlag(DocumentKinds.Report)).ToList();
        var notices = new NoticeJobs(build, parts, site);
        var records = new RecordJobs(build, extracts: reportFormats.Count > 0);
        RenderAll(build, notices, records);
        if (site)
        {
            var (html, index) = NoticeSite.Build(register, notices.Pages, phrases);
            foreach (var file in (formats.Contains(OutputFormats.HtmlPage) ? html : []).Concat(formats.Contains(OutputFormats.Json) ? [index] : []))
            {
                output.Add(file.Path, file.Content);
            }
        }

        var measured = notices.Readability.OrderBy(e => e.Output, StringComparer.Ordinal).ThenBy(e => e.Score.Language, StringComparer.Ordinal).ToList();
        var report = reportFormats.Count > 0 ? reports(measured) : null;
        parts?.Report(diagnostics);
        foreach (var (index, language) in report is null ? [] : records.Controllers)
        {
            // Kept when its inputs (its record's, the findings and the notices' readability) hash as the last build's.
            var id = IdOfReport(language);
            if (report!.InputsOf(language) is { } inputs && reuse?.Expect(id, inputs).TryKeep(id, output) is not null)
            {
                continue;
            }

            var made = report.Make(language, records.ExtractOf(index) ?? DpoRecordExtract.Of(views.Records[index]));
            var files = reportFormats.Select(format => PathOf(made, format)).ToList();
            foreach (var (format, path) in reportFormats.Zip(files))
            {
                output.Add(path, stream => format.WriteReport(made, stream));
            }

            reuse?.Rendering(id, files, null);
        }

        return new RenderedDocuments(measured);
    }

    // The notices and records on the build's workers, the largest first; a large record alone, after the notices.
    private static void RenderAll(DocumentBuild build, NoticeJobs notices, RecordJobs records)
    {
        if (build.Register.Activities.Count >= LargeRecordActivities)
        {
            DocumentWorkers.Run(notices.Count, build.Workers, notices.Render, notices.Complete, notices.Size);
            DocumentWorkers.Run(records.Count, 1, records.Render, records.Complete, records.Size);
            return;
        }

        var n = notices.Count;
        DocumentWorkers.Run(
            n + records.Count,
            build.Workers,
            i => i < n ? (Notice: notices.Render(i), Record: null) : (Notice: (NoticeOutcome?)null, Record: (RecordOutcome?)records.Render(i - n)),
            (i, outcome) =>
            {
                if (i < n)
                {
                    notices.Complete(i, outcome.Notice!);
                }
                else
                {
                    records.Complete(i - n, outcome.Record!);
                }
            },
            i => i < n ? notices.Size(i) : records.Size(i - n));
    }

    /// <summary>The id of a notice in one language among a build's documents, e.g. notice/website/nl.</summary>
    public static string IdOf(NoticeVersion version) => IdOf(version.Notice, version.View.Language);

    /// <summary>The id of a notice in one language, from its key (<see cref="ViewKeys"/>).</summary>
    public static string IdOf(Notice notice, string language) => $"notice/{notice.Id}/{language}";

    /// <summary>The id of an Art. 30 record, e.g. record/art30-controller/nl.</summary>
    public static string IdOf(Art30RecordView record) => IdOf(record.Kind, record.Language);

    /// <summary>The id of an Art. 30 record from its kind and language (<see cref="ViewKeys"/>).</summary>
    public static string IdOf(Art30RecordKind kind, string language) => $"record/{FileStem(kind)}/{language}";

    /// <summary>The record's path in the output folder, e.g. records/nl/art30-controller.xlsx.</summary>
    public static string PathOf(Art30RecordView record, OutputFormat format) => $"records/{record.Language}/{FileStem(record.Kind)}{format.Extension}";

    /// <summary>The id of the DPO report in a language, e.g. report/dpo/nl.</summary>
    public static string IdOfReport(string language) => $"report/dpo/{language}";

    public static string PathOf(DpoReportView report, OutputFormat format) => $"reports/{report.Language}/dpo-report{format.Extension}";

    public static string FileStem(Art30RecordKind kind) => kind == Art30RecordKind.Controller ? "art30-controller" : "art30-processor";

    /// <summary>The result, or null when a template cannot be used (reported at the template's line and column).</summary>
    public static T? Try<T>(Func<T> render, DiagnosticBag diagnostics)
        where T : class
    {
        try
        {
            return render();
        }
        catch (TemplateException e)
        {
            TemplateErrors.Report(e, diagnostics);
            return null;
        }
    }
}
