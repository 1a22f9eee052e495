namespace Register.Output;

/// <summary>Keeps every file's bytes in memory: for a build rendered without writing (tests, benchmarks, exports).</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly List<OutputFile> _contents = [];
    private readonly BuiltFiles _files = new();

    public IReadOnlyList<BuiltFile> Files => _files.Snapshot();

    /// <summary>The files with their bytes, sorted by path.</summary>
    public IReadOnlyList<OutputFile> Contents
    {
        get
        {
            lock (_contents)
            {
                return _contents.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            }
        }
    }

    public void Add(string path, Action<Stream> write)
    {
        var content = OutputSinks.Buffer(write);
        lock (_contents)
        {
            _contents.Add(new OutputFile(path, content));
        }

        _files.Add(new BuiltFile(path, OutputManifest.Hash(content)));
    }

    /// <summary>A kept file has no bytes here; memory renders never skip, so this only records the path.</summary>
    public void Keep(string path, string sha256) => _files.Add(new BuiltFile(path, sha256));
}
