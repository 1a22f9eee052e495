namespace Register.Output;

/// <summary>
/// An incremental build's decisions: a document is kept (not rendered) when the last build recorded the same inputs hash
/// for it and every file it wrote is still in the output folder with the hash the manifest records; otherwise it is
/// rendered. Records which documents were rendered and which kept, and the cache for the next build. Not thread-safe: a
/// build calls it on one thread (DocumentWorkers completes each document's result on the calling thread).
/// </summary>
public sealed class DocumentReuse
{
    private readonly Dictionary<string, string> _inputs;
    private readonly IReadOnlyDictionary<string, CachedDocument> _previous;
    private readonly IReadOnlyDictionary<string, string> _owned;
    private readonly Func<string, string?> _currentHash;
    private readonly Dictionary<string, CachedDocument> _next = new(StringComparer.Ordinal);
    private readonly List<string> _rendered = [];
    private readonly List<string> _kept = [];

    /// <param name="inputs">Each document's inputs hash, by id; a document without one is always rendered.</param>
    /// <param name="previous">The last build's cache (<see cref="DocumentCache.Read"/>).</param>
    /// <param name="owned">The manifest's path → SHA-256.</param>
    /// <param name="currentHash">The SHA-256 of the file now at a path in the output folder, or null.</param>
    public DocumentReuse(
        IReadOnlyDictionary<string, string> inputs, IReadOnlyDictionary<string, CachedDocument> previous, IReadOnlyDictionary<string, string> owned, Func<string, string?> currentHash)
    {
        _inputs = new Dictionary<string, string>(inputs, StringComparer.Ordinal);
        _previous = previous;
        _owned = owned;
        _currentHash = currentHash;
    }

    /// <summary>
    /// Sets the inputs hash of a document known only once others are rendered (a DPO report shows the notices'
    /// readability); then <see cref="TryKeep"/> and <see cref="Rendering"/> treat it as any other.
    /// </summary>
    public DocumentReuse Expect(string id, string inputs)
    {
        _inputs[id] = inputs;
        return this;
    }

    /// <summary>The ids of the documents rendered, in the order they were.</summary>
    public IReadOnlyList<string> Rendered => _rendered;

    /// <summary>The ids of the documents kept from the last build.</summary>
    public IReadOnlyList<string> Kept => _kept;

    /// <summary>What the next build reads (every document of this build, rendered or kept).</summary>
    public IEnumerable<CachedDocument> Next => _next.Values;

    /// <summary>
    /// When the document can be kept: hands its files to <paramref name="output"/> as kept and returns what the last build
    /// recorded; null when it must be rendered. With <paramref name="usable"/>, only a record it accepts is kept (a notice
    /// is kept only with its readability recorded).
    /// </summary>
    public CachedDocument? TryKeep(string id, IOutputSink output, Func<CachedDocument, bool>? usable = null)
    {
        if (!_inputs.TryGetValue(id, out var inputs) || !_previous.TryGetValue(id, out var last) || last.Inputs != inputs
            || (usable is not null && !usable(last)))
        {
            return null;
        }

        foreach (var path in last.Files)
        {
            if (!_owned.TryGetValue(path, out var recorded) || _currentHash(path) != recorded)
            {
                return null;
            }
        }

        foreach (var path in last.Files)
        {
            output.Keep(path, _owned[path]);
        }

        _kept.Add(id);
        _next[id] = last;
        return last;
    }

    /// <summary>Records the readability of a kept notice that was rendered all the same (measured for the next build).</summary>
    public void Measured(string id, Readability.ReadabilityScore readability)
    {
        if (_next.TryGetValue(id, out var kept))
        {
            _next[id] = kept with { Readability = readability };
        }
    }

    /// <summary>Notes a document that was rendered, with the files it wrote and (for a notice) its page's hash and readability.</summary>
    public void Rendering(string id, IReadOnlyList<string> files, string? page, Readability.ReadabilityScore? readability = null)
    {
        _rendered.Add(id);
        if (_inputs.TryGetValue(id, out var inputs))
        {
            _next[id] = new CachedDocument(id, inputs, files, page) { Readability = readability };
        }
    }
}
