namespace Register.Loading;

/// <summary>
/// The text of each file parsed as register YAML, by display path, so diagnostics can quote the line they point at. Only
/// such files: a binary file, a file in another encoding or one with forbidden characters is never quoted (it could be
/// anything, e.g. a secret).
/// </summary>
public sealed class SourceFiles
{
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    /// <summary>Display paths of every file read, in the order they were read.</summary>
    public IReadOnlyList<string> Paths => _paths;

    private readonly List<string> _paths = [];

    /// <summary>Adds the decoded text (without byte-order mark) of a file the YAML reader accepted as text.</summary>
    internal void Add(string path, string text)
    {
        _paths.Add(path);
        _lines[path] = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }

    /// <summary>The 1-based line of a file, or null when unknown.</summary>
    public string? Line(string path, int line) =>
        _lines.TryGetValue(path, out var lines) && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
}
