using Register.Model;
using Register.Rendering.Art30;
using Register.Rendering.Formats;
using Register.Views.Art30;
using Register.Views.Reports;

namespace Register.Rendering;

/// <summary>
/// The Art. 30 records of a build as items of work for <see cref="DocumentWorkers"/>: <see cref="Render"/> on any worker,
/// <see cref="Complete"/> on the calling thread in the plan's order. With <c>extracts</c>, each controller record rendered
/// yields what its language's DPO report shows of it (<see cref="DpoRecordExtract"/>), taken from the view it is rendered
/// from; a kept record's view is not built.
/// </summary>
internal sealed class RecordJobs
{
    private readonly DocumentBuild _build;
    private readonly bool _extracts;
    private readonly IReadOnlyList<(Art30RecordKind Kind, string Language)> _keys;
    private readonly List<bool> _kept;
    private readonly int _processing;

    public RecordJobs(DocumentBuild build, bool extracts)
    {
        _build = build;
        _extracts = extracts;
        _keys = build.Views.Keys.Records;
        _kept = _keys.Select(k => build.Reuse?.TryKeep(DocumentRendering.IdOf(k.Kind, k.Language), build.Output) is not null).ToList();
        _processing = build.Register.Activities.Count(a => a.Role == ActivityRole.Processor);
    }

    public int Count => _keys.Count;

    private readonly Dictionary<int, DpoRecordExtract> _extracted = [];

    /// <summary>The index and language of each controller record, in the plan's order.</summary>
    public IEnumerable<(int Index, string Language)> Controllers =>
        _keys.Select((k, i) => (k, i)).Where(x => x.k.Kind == Art30RecordKind.Controller).Select(x => (x.i, x.k.Language));

    /// <summary>What a rendered controller record's DPO report shows of it; null for a record kept or not rendered.</summary>
    public DpoRecordExtract? ExtractOf(int index) => _extracted.GetValueOrDefault(index);

    /// <summary>A record lists the activities of its role; the kept ones come last.</summary>
    public long Size(int index) =>
        _kept[index] ? 0 : _keys[index].Kind == Art30RecordKind.Processor ? _processing : _build.Register.Activities.Count - _processing;

    /// <summary>Renders one record on a worker, every format from its view, unless it is kept; and takes its extract for the DPO report.</summary>
    public RecordOutcome Render(int index)
    {
        if (_kept[index])
        {
            return new RecordOutcome(null, null);
        }

        var view = _build.Views.Records[index];
        var dpo = _extracts && _keys[index].Kind == Art30RecordKind.Controller ? DpoRecordExtract.Of(view) : null;

        // The garbage the documents before such a record left, dead but not yet collected by the workstation GC, would
        // add to its peak. One full collection before it, aggressive so that the memory it frees goes back to the system
        // rather than staying committed for reuse, keeps a build of 10,000 activities near 400 MB with two threads and
        // under it with one (docs/performance.md, "Now"); smaller records never pay for it.
        if (view.Activities.Count >= DocumentRendering.LargeRecordActivities)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        var record = new RenderedRecord(view, _build.Engine);
        var formats = _build.Formats.Where(f => f.Documents.HasFlag(DocumentKinds.Record)).ToList();
        // With more than one worker, the files written from the record's view (Word, Excel, CSV) are written on a thread
        // of their own while those from its Markdown (Markdown, HTML) are: the two share the view, only the second
        // holds the Markdown. A record of thousands of activities is rendered alone, so this is what keeps both cores busy.
        IReadOnlyList<List<OutputFormat>> groups = _build.Workers > 1
            ? [formats.Where(f => f.WritesRecordFromMarkdown).ToList(), formats.Where(f => !f.WritesRecordFromMarkdown).ToList()]
            : [formats];
        var parts = new DocumentOutput[groups.Count];
        DocumentWorkers.Run(groups.Count, groups.Count, g => Write(record, groups[g]), (g, part) => parts[g] = part);
        var written = DocumentOutput.Of(_build.Output, parts, formats.Select(f => DocumentRendering.PathOf(view, f)));
        return new RecordOutcome(written, dpo);
    }

    // The record in each of the formats, one after the other; the Markdown let go of once no format still to write needs it.
    private DocumentOutput Write(RenderedRecord record, List<OutputFormat> formats)
    {
        var written = new DocumentOutput(_build.Output);
        var lastFromMarkdown = formats.FindLastIndex(f => f.WritesRecordFromMarkdown);
        for (var f = 0; f < formats.Count; f++)
        {
            var format = formats[f];
            written.TryAdd(DocumentRendering.PathOf(record.View, format), stream => format.WriteRecord(record, stream));
            if (f == lastFromMarkdown)
            {
                record.ReleaseMarkdown();
            }
        }

        return written;
    }

    /// <summary>Takes a record's outcome on the calling thread, in the plan's order.</summary>
    public void Complete(int index, RecordOutcome outcome)
    {
        _build.Merge(outcome.Written);
        if (outcome.Extract is { } extract)
        {
            _extracted[index] = extract;
        }

        if (outcome.Written is { } written)
        {
            _build.Reuse?.Rendering(DocumentRendering.IdOf(_keys[index].Kind, _keys[index].Language), written.Files, null);
        }
    }
}

/// <summary>A record as a worker rendered it: what it wrote (null: kept) and, for a controller record, what its DPO report shows of it.</summary>
internal sealed record RecordOutcome(DocumentOutput? Written, DpoRecordExtract? Extract);
