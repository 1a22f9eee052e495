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
    private const int LargeRecordActivities = 2_000;

    /// <summary>
    /// Writes every document in <paramref name="formats"/> into <paramref name="output"/> as it is rendered, and returns the
    /// readability of each notice; templates that cannot be used are reported once each. The DPO reports show the notices'
    /// readability, so <paramref name="reports"/> is given it once the notices are rendered and returns how to make a
    /// report from a controller record's view, called while that view is at hand (views are built as they are reached,
    /// see <see cref="DocumentViews.Plan"/>). With
    /// <paramref name="reuse"/>, a notice or record whose inputs are unchanged is kept from the last build instead of written
    /// (neither its view is built nor its Markdown rendered: the build summary, the readability warnings and the DPO report
    /// take its readability as the last build measured it, recorded with it; only with notice templates of the
    /// organisation's own is every notice rendered, for <see cref="NoticeTemplateCheck"/>); the site index and the DPO
    /// reports are always made anew.
    /// </summary>
    /// <remarks>
    /// The notices, then the records, are rendered by up to <paramref name="workers"/> threads (<see cref="DocumentWorkers"/>),
    /// each document (a notice or record in one language) on one of them, its view built there and every format written
    /// from it. Whatever the timing, everything a build records is in the plan's order: each document's files, template
    /// errors, readability and page hash are kept apart and taken in order on the calling thread, which alone decides what
    /// to keep (<paramref name="reuse"/>) and makes the site index and the reports. Only the order in which files reach
    /// <paramref name="output"/> (and a progress listener) is the order they are finished.
    /// </remarks>
    public static RenderedDocuments Render(
        DocumentViews views,
        Func<IReadOnlyList<NoticeReadability>, Func<Art30RecordView, DpoReportView?>> reports,
        RegisterModel register,
        PhraseLibrary phrases,
        IReadOnlyList<OutputFormat> formats,
        TemplateEngine engine,
        DiagnosticBag diagnostics,
        IOutputSink output,
        DocumentReuse? reuse = null,
        int workers = 1)
    {
        var build = new Build(views, register, formats, engine, diagnostics, output, reuse, workers);
        var site = formats.Contains(OutputFormats.HtmlPage) || formats.Contains(OutputFormats.Json);
        // Templates of the organisation's own may leave out a part a notice must show: reported once, at the template.
        var parts = NoticeTemplateCheck.For(engine.Source);
        var (readability, pages) = RenderNotices(build, parts, site);
        if (site)
        {
            var (html, index) = NoticeSite.Build(register, pages, phrases);
            foreach (var file in (formats.Contains(OutputFormats.HtmlPage) ? html : []).Concat(formats.Contains(OutputFormats.Json) ? [index] : []))
            {
                output.Add(file.Path, file.Content);
            }
        }

        var measured = readability.OrderBy(e => e.Output, StringComparer.Ordinal).ThenBy(e => e.Score.Language, StringComparer.Ordinal).ToList();
        var reportFormats = formats.Where(f => f.Documents.HasFlag(DocumentKinds.Report)).ToList();
        var made = RenderRecords(build, reportFormats.Count > 0 ? reports(measured) : null);
        parts?.Report(diagnostics);
        foreach (var report in made)
        {
            foreach (var format in reportFormats)
            {
                output.Add(PathOf(report, format), stream => format.WriteReport(report, stream));
            }
        }

        return new RenderedDocuments(measured);
    }

    /// <summary>
    /// Renders the notices and returns their readability and (for the site) each page's hash, in the plan's order. A
    /// notice kept from the last build is neither built nor rendered (its readability was recorded with it), unless
    /// templates of the organisation's own must be checked on it.
    /// </summary>
    private static (List<NoticeReadability> Readability, List<(Notice Notice, string Language, string Sha256)> Pages) RenderNotices(
        Build build, NoticeTemplateCheck? parts, bool site)
    {
        var keys = build.Views.Keys.Notices;
        Func<CachedDocument, bool> measuredBefore = d => d.Readability is not null && parts is null;
        // What to keep is decided here, in order, for the outcome never to depend on the workers' timing: kept unchanged
        // (not rendered), kept but rendered all the same (to measure it and check the templates), or rendered.
        var kept = keys.Select(k => build.Reuse?.TryKeep(IdOf(k.Notice, k.Language), build.Output, measuredBefore) is { } unchanged
            ? (Document: unchanged, Render: false)
            : (Document: build.Reuse?.TryKeep(IdOf(k.Notice, k.Language), build.Output), Render: true)).ToList();
        var readability = new List<NoticeReadability>();
        var pages = new List<(Notice Notice, string Language, string Sha256)>();
        DocumentWorkers.Run(
            keys.Count,
            build.Workers,
            i => kept[i] is { Document: { } unchanged, Render: false }
                ? new NoticeOutcome(null, unchanged.Readability, [], unchanged.Page)
                : RenderNotice(build, build.Views.Notices[i], kept[i].Document, parts is not null, site),
            (i, outcome) =>
            {
                var (notice, language) = keys[i];
                Merge(build, outcome.Written);
                if (outcome.Readability is not { } score)
                {
                    return;
                }

                readability.Add(new NoticeReadability(notice.Id, notice.Output, score));
                parts?.Note(notice.Id, language, outcome.Missing);
                if (site && outcome.Page is { } page)
                {
                    pages.Add((notice, language, page));
                }

                if (kept[i] is { Document: not null, Render: true })
                {
                    // Its files are as the last build wrote them; what it measures now is kept for the next build.
                    build.Reuse?.Measured(IdOf(notice, language), score);
                }
                else if (outcome.Written is { } written)
                {
                    build.Reuse?.Rendering(IdOf(notice, language), written.Files, outcome.Page, score);
                }
            },
            // The largest notices first (a notice's work grows with the activities it shows), the kept ones last.
            i => kept[i].Render ? NoticeCoverage.Activities(keys[i].Notice, build.Register).Count : 0);
        return (readability, pages);
    }

    /// <summary>Renders one notice on a worker: its view, its Markdown once, then every format from that (unless it is <paramref name="kept"/>).</summary>
    private static NoticeOutcome RenderNotice(Build build, NoticeVersion version, CachedDocument? kept, bool checkParts, bool site)
    {
        var written = new DocumentOutput(build.Output);
        if (written.Try(() => RenderedNotice.Render(version, build.Register.Organisation, build.Engine)) is not { } rendered)
        {
            return new NoticeOutcome(written, null, [], null);
        }

        var missing = checkParts ? NoticeTemplateCheck.Missing(rendered).ToList() : [];
        if (kept is not null)
        {
            return new NoticeOutcome(written, rendered.Readability, missing, kept.Page);
        }

        var stem = $"{NoticeFolder}/{version.Notice.Output}.{version.View.Language}";
        foreach (var format in build.Formats.Where(f => f.Documents.HasFlag(DocumentKinds.Notice) && f != OutputFormats.HtmlPage))
        {
            written.TryAdd(stem + format.Extension, stream => format.WriteNotice(rendered, stream));
        }

        string? pageHash = null;
        if (site && written.Try(() => OutputFormats.HtmlPage.Notice(rendered)) is { } page)
        {
            // index.json lists each page's hash, so it needs the pages even when they are not written; the site holds a copy.
            pageHash = OutputManifest.Hash(page);
            if (build.Formats.Contains(OutputFormats.HtmlPage))
            {
                written.Add(stem + OutputFormats.HtmlPage.Extension, page);
                written.Add(NoticeSite.PagePath(version.Notice, version.View.Language), page);
            }
        }

        return new NoticeOutcome(written, rendered.Readability, missing, pageHash);
    }

    /// <summary>
    /// Renders the Art. 30 records and returns the DPO report of each controller record, in the plan's order. The view of
    /// a record kept from the last build is built only for its report.
    /// </summary>
    private static List<DpoReportView> RenderRecords(Build build, Func<Art30RecordView, DpoReportView?>? report)
    {
        var keys = build.Views.Keys.Records;
        var kept = keys.Select(k => build.Reuse?.TryKeep(IdOf(k.Kind, k.Language), build.Output) is not null).ToList();
        var reports = new List<DpoReportView>();
        // A record of thousands of activities adds tens of MB to its view and its Markdown: it is rendered alone (see
        // RenderRecord), so records overlap only in registers too small to have such a record.
        var workers = build.Register.Activities.Count < LargeRecordActivities ? build.Workers : 1;
        var processing = build.Register.Activities.Count(a => a.Role == ActivityRole.Processor);
        DocumentWorkers.Run(
            keys.Count,
            workers,
            i => RenderRecord(build, i, kept[i], keys[i].Kind == Art30RecordKind.Controller ? report : null),
            (i, outcome) =>
            {
                Merge(build, outcome.Written);
                if (outcome.Report is { } made)
                {
                    reports.Add(made);
                }

                if (outcome.Written is { } written)
                {
                    build.Reuse?.Rendering(IdOf(keys[i].Kind, keys[i].Language), written.Files, null);
                }
            },
            // The largest records first: a record lists the activities of its role.
            i => kept[i] ? 0 : keys[i].Kind == Art30RecordKind.Processor ? processing : build.Register.Activities.Count - processing);
        return reports;
    }

    /// <summary>Renders one record on a worker, every format from its view, unless it is <paramref name="kept"/>; and its DPO report with <paramref name="report"/>.</summary>
    private static RecordOutcome RenderRecord(Build build, int index, bool kept, Func<Art30RecordView, DpoReportView?>? report)
    {
        if (kept && report is null)
        {
            return new RecordOutcome(null, null);
        }

        var view = build.Views.Records[index];
        var dpo = report?.Invoke(view);
        if (kept)
        {
            return new RecordOutcome(null, dpo);
        }

        // The garbage the documents before such a record left, dead but not yet collected by the workstation GC, would
        // add to its peak. One full collection before it, aggressive so that the memory it frees goes back to the system
        // rather than staying committed for reuse, keeps a build of 10,000 activities near 400 MB with two threads and
        // under it with one (docs/performance.md, "Now"); smaller records never pay for it.
        if (view.Activities.Count >= LargeRecordActivities)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        var written = new DocumentOutput(build.Output);
        var record = new RenderedRecord(view, build.Engine);
        var recordFormats = build.Formats.Where(f => f.Documents.HasFlag(DocumentKinds.Record)).ToList();
        var lastFromMarkdown = recordFormats.FindLastIndex(f => f.WritesRecordFromMarkdown);
        for (var f = 0; f < recordFormats.Count; f++)
        {
            var format = recordFormats[f];
            written.TryAdd(PathOf(record.View, format), stream => format.WriteRecord(record, stream));
            if (f == lastFromMarkdown)
            {
                record.ReleaseMarkdown();
            }
        }

        return new RecordOutcome(written, dpo);
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

    /// <summary>Adds the template errors of a document, in the order it met them, to the build's.</summary>
    private static void Merge(Build build, DocumentOutput? written)
    {
        if (written is not null)
        {
            build.Diagnostics.AddRange(written.Diagnostics);
        }
    }

    /// <summary>What every document of one build is rendered with.</summary>
    private sealed record Build(
        DocumentViews Views,
        RegisterModel Register,
        IReadOnlyList<OutputFormat> Formats,
        TemplateEngine Engine,
        DiagnosticBag Diagnostics,
        IOutputSink Output,
        DocumentReuse? Reuse,
        int Workers);

    /// <summary>
    /// A notice as a worker rendered it: what it wrote (null: kept unchanged, not rendered), its readability (null: a
    /// template failed), the parts its text lacks and its page's hash.
    /// </summary>
    private sealed record NoticeOutcome(DocumentOutput? Written, ReadabilityScore? Readability, IReadOnlyList<NoticeElement> Missing, string? Page);

    /// <summary>A record as a worker rendered it: what it wrote (null: kept) and its DPO report, if it has one.</summary>
    private sealed record RecordOutcome(DocumentOutput? Written, DpoReportView? Report);
}
