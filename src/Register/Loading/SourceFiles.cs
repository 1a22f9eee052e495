namespace Register.Loading;

/// <summary>The text of each file read, by display path, so diagnostics can quote the line they point at.</summary>
public sealed class SourceFiles
{
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);

    /// <summary>Display paths of every file read, in the order they were read.</summary>
    public IReadOnlyList<string> Paths => _paths;

    private readonly List<string> _paths = [];

    internal void Add(string path, byte[] bytes)
    {
        _paths.Add(path);
        _lines[path] = Decode(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }

    // Lossy decoding is fine here: this text is only quoted back to the user under a diagnostic.
    // The byte-order mark is dropped (and UTF-16 read as such) so columns on line 1 match the reader's.
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The 1-based line of a file, or null when unknown.</summary>
    public string? Line(string path, int line) =>
        _lines.TryGetValue(path, out var lines) && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
}
