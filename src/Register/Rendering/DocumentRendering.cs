using System.Globalization;
using Register.Diagnostics;
using Register.Model;
using Register.Output;
using Register.Readability;
using Register.Rendering.Art30;
using Register.Rendering.Formats;
using Register.Rendering.Notices;
using Register.Rendering.Site;
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
    /// readability, so their views are made by <paramref name="report"/> after the notices are rendered, one per controller
    /// record from that record's view while it is at hand (views are built as they are reached, see
    /// <see cref="DocumentViews.Plan"/>). With
    /// <paramref name="reuse"/>, a notice or record whose inputs are unchanged is kept from the last build instead of written
    /// (neither its view is built nor its Markdown rendered: the build summary, the readability warnings and the DPO report
    /// take its readability as the last build measured it, recorded with it; only with notice templates of the
    /// organisation's own is every notice rendered, for <see cref="NoticeTemplateCheck"/>); the site index and the DPO
    /// reports are always made anew.
    /// </summary>
    public static RenderedDocuments Render(
        DocumentViews views,
        Func<IReadOnlyList<NoticeReadability>, Art30RecordView, DpoReportView?> report,
        RegisterModel register,
        PhraseLibrary phrases,
        IReadOnlyList<OutputFormat> formats,
        TemplateEngine engine,
        DiagnosticBag diagnostics,
        IOutputSink output,
        DocumentReuse? reuse = null)
    {
        var readability = new List<NoticeReadability>();
        // Templates of the organisation's own may leave out a part a notice must show: reported once, at the template.
        var parts = NoticeTemplateCheck.For(engine.Source);
        var pages = new List<(Notice Notice, string Language, string Sha256)>();
        var writesPages = formats.Contains(OutputFormats.HtmlPage);
        var site = writesPages || formats.Contains(OutputFormats.Json);
        // Templates of the organisation's own are checked on every notice as rendered, so then each one is rendered.
        Func<CachedDocument, bool> measuredBefore = d => d.Readability is not null && parts is null;
        for (var i = 0; i < views.Keys.Notices.Count; i++)
        {
            // A notice kept from the last build is neither built nor rendered: its readability was recorded with it.
            var (notice, language) = views.Keys.Notices[i];
            if (reuse?.TryKeep(IdOf(notice, language), output, measuredBefore) is { Readability: { } score } unchanged)
            {
                readability.Add(new NoticeReadability(notice.Id, notice.Output, score));
                if (site && unchanged.Page is { } unchangedPage)
                {
                    pages.Add((notice, language, unchangedPage));
                }

                continue;
            }

            var version = views.Notices[i];
            var stem = $"{NoticeFolder}/{version.Notice.Output}.{version.View.Language}";
            var rendered = Try(() => RenderedNotice.Render(version, register.Organisation, engine), diagnostics);
            if (rendered is null)
            {
                continue;
            }

            readability.Add(new NoticeReadability(version.Notice.Id, version.Notice.Output, rendered.Readability));
            parts?.Look(rendered);
            if (reuse?.TryKeep(IdOf(version), output) is { } kept)
            {
                // Its files are as the last build wrote them; what it measures now is kept for the next build.
                reuse.Measured(IdOf(version), rendered.Readability);
                if (site && kept.Page is { } keptPage)
                {
                    pages.Add((version.Notice, version.View.Language, keptPage));
                }

                continue;
            }

            var before = output.Files.Count;
            string? pageHash = null;
            foreach (var format in formats.Where(f => f.Documents.HasFlag(DocumentKinds.Notice) && f != OutputFormats.HtmlPage))
            {
                TryAdd(output, stem + format.Extension, stream => format.WriteNotice(rendered, stream), diagnostics);
            }

            if (site && Try(() => OutputFormats.HtmlPage.Notice(rendered), diagnostics) is { } page)
            {
                // index.json lists each page's hash, so it needs the pages even when they are not written; the site holds a copy.
                pageHash = OutputManifest.Hash(page);
                pages.Add((version.Notice, version.View.Language, pageHash));
                if (writesPages)
                {
                    output.Add(stem + OutputFormats.HtmlPage.Extension, page);
                    output.Add(NoticeSite.PagePath(version.Notice, version.View.Language), page);
                }
            }

            reuse?.Rendering(IdOf(version), output.Files.Skip(before).Select(f => f.Path).ToList(), pageHash, rendered.Readability);
        }

        if (site)
        {
            var (html, index) = NoticeSite.Build(register, pages, phrases);
            foreach (var file in (writesPages ? html : []).Concat(formats.Contains(OutputFormats.Json) ? [index] : []))
            {
                output.Add(file.Path, file.Content);
            }
        }

        var measured = readability.OrderBy(e => e.Output, StringComparer.Ordinal).ThenBy(e => e.Score.Language, StringComparer.Ordinal).ToList();
        var reports = new List<DpoReportView>();
        var writesReports = formats.Any(f => f.Documents.HasFlag(DocumentKinds.Report));
        foreach (var view in views.Records)
        {
            if (writesReports && view.Kind == Art30RecordKind.Controller && report(measured, view) is { } dpo)
            {
                reports.Add(dpo);
            }

            if (reuse?.TryKeep(IdOf(view), output) is not null)
            {
                continue;
            }

            // A record of thousands of activities adds tens of MB (its Markdown, the HTML parts) to its view; the
            // garbage the documents before it left, dead but not yet collected by the workstation GC, would add to that
            // peak. One full collection before such a record keeps a build of 10,000 activities under 400 MB
            // (docs/performance.md, "Memory at 10,000"); smaller records never pay for it.
            if (view.Activities.Count >= LargeRecordActivities)
            {
                GC.Collect();
            }

            var before = output.Files.Count;
            var record = new RenderedRecord(view, engine);
            var recordFormats = formats.Where(f => f.Documents.HasFlag(DocumentKinds.Record)).ToList();
            var lastFromMarkdown = recordFormats.FindLastIndex(f => f.WritesRecordFromMarkdown);
            for (var f = 0; f < recordFormats.Count; f++)
            {
                var format = recordFormats[f];
                TryAdd(output, PathOf(record.View, format), stream => format.WriteRecord(record, stream), diagnostics);
                if (f == lastFromMarkdown)
                {
                    record.ReleaseMarkdown();
                }
            }

            reuse?.Rendering(IdOf(view), output.Files.Skip(before).Select(f => f.Path).ToList(), null);
        }

        parts?.Report(diagnostics);
        foreach (var made in reports)
        {
            foreach (var format in formats.Where(f => f.Documents.HasFlag(DocumentKinds.Report)))
            {
                output.Add(PathOf(made, format), stream => format.WriteReport(made, stream));
            }
        }

        return new RenderedDocuments(measured);
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

    /// <summary>Adds the file, or reports the template that cannot be used (nothing of the file is kept then).</summary>
    private static void TryAdd(IOutputSink output, string path, Action<Stream> write, DiagnosticBag diagnostics)
    {
        try
        {
            output.Add(path, write);
        }
        catch (TemplateException e)
        {
            TemplateErrors.Report(e, diagnostics);
        }
    }
}
