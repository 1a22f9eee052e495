using Register.Model;
using Register.Output;
using Register.Readability;
using Register.Rendering.Formats;
using Register.Rendering.Notices;
using Register.Rendering.Site;
using Register.Validation.Checks.Completeness;
using Register.Views;

namespace Register.Rendering;

/// <summary>
/// The notices of a build as items of work for <see cref="DocumentWorkers"/>: <see cref="Render"/> on any worker,
/// <see cref="Complete"/> on the calling thread in the plan's order, which collects each notice's readability and (for the
/// site) its page's hash. A notice kept from the last build is neither built nor rendered (its readability was recorded
/// with it), unless templates of the organisation's own must be checked on it.
/// </summary>
internal sealed class NoticeJobs
{
    private readonly DocumentBuild _build;
    private readonly NoticeTemplateCheck? _parts;
    private readonly bool _site;
    private readonly IReadOnlyList<(Notice Notice, string Language)> _keys;
    private readonly List<(CachedDocument? Document, bool Render)> _kept;

    public NoticeJobs(DocumentBuild build, NoticeTemplateCheck? parts, bool site)
    {
        _build = build;
        _parts = parts;
        _site = site;
        _keys = build.Views.Keys.Notices;
        Func<CachedDocument, bool> measuredBefore = d => d.Readability is not null && parts is null;
        // What to keep is decided here, in order, for the outcome never to depend on the workers' timing: kept unchanged
        // (not rendered), kept but rendered all the same (to measure it and check the templates), or rendered.
        _kept = _keys.Select(k => build.Reuse?.TryKeep(DocumentRendering.IdOf(k.Notice, k.Language), build.Output, measuredBefore) is { } unchanged
            ? (Document: unchanged, Render: false)
            : (Document: build.Reuse?.TryKeep(DocumentRendering.IdOf(k.Notice, k.Language), build.Output), Render: true)).ToList();
    }

    public int Count => _keys.Count;

    /// <summary>The readability of each notice rendered or kept, in the plan's order.</summary>
    public List<NoticeReadability> Readability { get; } = [];

    /// <summary>Each notice page's hash, for the site index, in the plan's order.</summary>
    public List<(Notice Notice, string Language, string Sha256)> Pages { get; } = [];

    /// <summary>A notice's work grows with the activities it shows; the kept ones come last.</summary>
    public long Size(int index) => _kept[index].Render ? NoticeCoverage.Activities(_keys[index].Notice, _build.Register).Count : 0;

    /// <summary>Renders one notice on a worker: its view, its Markdown once, then every format from that (unless it is kept).</summary>
    public NoticeOutcome Render(int index)
    {
        if (_kept[index] is { Document: { } unchanged, Render: false })
        {
            return new NoticeOutcome(null, unchanged.Readability, [], unchanged.Page);
        }

        var version = _build.Views.Notices[index];
        var kept = _kept[index].Document;
        var written = new DocumentOutput(_build.Output);
        if (written.Try(() => RenderedNotice.Render(version, _build.Register.Organisation, _build.Engine)) is not { } rendered)
        {
            return new NoticeOutcome(written, null, [], null);
        }

        var missing = _parts is not null ? NoticeTemplateCheck.Missing(rendered).ToList() : [];
        if (kept is not null)
        {
            return new NoticeOutcome(written, rendered.Readability, missing, kept.Page);
        }

        var stem = $"{DocumentRendering.NoticeFolder}/{version.Notice.Output}.{version.View.Language}";
        foreach (var format in _build.Formats.Where(f => f.Documents.HasFlag(DocumentKinds.Notice) && f != OutputFormats.HtmlPage))
        {
            written.TryAdd(stem + format.Extension, stream => format.WriteNotice(rendered, stream));
        }

        string? pageHash = null;
        // The page in pooled segments, not one array: at 1,000 activities the pages are ~40 MB of large objects.
        var page = new Utf8Buffer();
        try
        {
            if (_site && written.Try(() => WritePage(rendered, page)) is not null)
            {
                // index.json lists each page's hash, so it needs the pages even when they are not written; the site holds a copy.
                pageHash = OutputManifest.Hash(page.OpenRead());
                if (_build.Formats.Contains(OutputFormats.HtmlPage))
                {
                    written.TryAdd(stem + OutputFormats.HtmlPage.Extension, page.WriteTo);
                    written.TryAdd(NoticeSite.PagePath(version.Notice, version.View.Language), page.WriteTo);
                }
            }
        }
        finally
        {
            page.Release();
        }

        return new NoticeOutcome(written, rendered.Readability, missing, pageHash);
    }

    private static Utf8Buffer WritePage(RenderedNotice rendered, Utf8Buffer page)
    {
        using var stream = page.CreateStream();
        OutputFormats.HtmlPage.WriteNotice(rendered, stream);
        return page;
    }

    /// <summary>Takes a notice's outcome on the calling thread, in the plan's order.</summary>
    public void Complete(int index, NoticeOutcome outcome)
    {
        var (notice, language) = _keys[index];
        _build.Merge(outcome.Written);
        if (outcome.Readability is not { } score)
        {
            return;
        }

        Readability.Add(new NoticeReadability(notice.Id, notice.Output, score));
        _parts?.Note(notice.Id, language, outcome.Missing);
        if (_site && outcome.Page is { } page)
        {
            Pages.Add((notice, language, page));
        }

        if (_kept[index] is { Document: not null, Render: true })
        {
            // Its files are as the last build wrote them; what it measures now is kept for the next build.
            _build.Reuse?.Measured(DocumentRendering.IdOf(notice, language), score);
        }
        else if (outcome.Written is { } written)
        {
            _build.Reuse?.Rendering(DocumentRendering.IdOf(notice, language), written.Files, outcome.Page, score);
        }
    }
}

/// <summary>
/// A notice as a worker rendered it: what it wrote (null: kept unchanged, not rendered), its readability (null: a
/// template failed), the parts its text lacks and its page's hash.
/// </summary>
internal sealed record NoticeOutcome(DocumentOutput? Written, ReadabilityScore? Readability, IReadOnlyList<NoticeElement> Missing, string? Page);
