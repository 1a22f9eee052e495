namespace Register.Output;

/// <summary>The files a sink was handed, in the order they came; added to from several threads at once.</summary>
internal sealed class BuiltFiles
{
    private readonly List<BuiltFile> _files = [];

    public void Add(BuiltFile file)
    {
        lock (_files)
        {
            _files.Add(file);
        }
    }

    public void RemoveAll(Predicate<BuiltFile> match)
    {
        lock (_files)
        {
            _files.RemoveAll(match);
        }
    }

    /// <summary>The files so far, a copy that later additions leave as it is.</summary>
    public IReadOnlyList<BuiltFile> Snapshot()
    {
        lock (_files)
        {
            return [.. _files];
        }
    }
}
