using System.Security.Cryptography;
using System.Text;

namespace Register.Loading;

/// <summary>
/// The register files parsed as YAML, by display path: the SHA-256 of each one's bytes (an incremental build's inputs),
/// and their lines for diagnostics to quote. Only such files: a binary file, a file in another encoding or one with
/// forbidden characters is never quoted (it could be anything, e.g. a secret). Lines are read only for a file a
/// diagnostic quotes, again from disk and only while the file still has the hash it was parsed with, so checking a
/// register does not hold every file a second time split into lines.
/// </summary>
public sealed class SourceFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<string> _paths = [];
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);

    /// <summary>Display paths of every file read, in the order they were read.</summary>
    public IReadOnlyList<string> Paths => _paths;

    /// <summary>The lowercase hex SHA-256 of a file's bytes as they were parsed, or null for a file not read as register YAML.</summary>
    public string? HashOf(string path) => _sources.TryGetValue(path, out var source) ? source.Sha256 : null;

    /// <summary>The 1-based line of a file, or null when unknown (or the file changed on disk since it was read).</summary>
    public string? Line(string path, int line)
    {
        if (!_sources.TryGetValue(path, out var source))
        {
            return null;
        }

        var lines = source.Lines ??= ReadLines(source);
        return line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }

    /// <summary>What is kept of a file the YAML reader accepted as text: its place on disk and the hash of the bytes it was parsed from.</summary>
    internal static Source Of(string fullPath, byte[] bytes) => new(fullPath, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));

    /// <summary>Adds a file read from disk (<see cref="Of"/>, made on the thread that read it), in the order the files were read.</summary>
    internal void Add(string path, Source source)
    {
        _paths.Add(path);
        _sources[path] = source;
    }

    /// <summary>Adds the decoded text (without byte-order mark) of a file known only in memory.</summary>
    internal void Add(string path, string text)
    {
        _paths.Add(path);
        _sources[path] = new Source(null, 0, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))) { Lines = Split(text) };
    }

    private static string[] ReadLines(Source source)
    {
        try
        {
            var info = new FileInfo(source.FullPath!);
            if (!info.Exists || info.Length != source.Length)
            {
                return [];
            }

            var bytes = File.ReadAllBytes(source.FullPath!);
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != source.Sha256)
            {
                return [];
            }

            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return Split(StrictUtf8.GetString(bytes, start, bytes.Length - start));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            // The file went or changed after it was read: the diagnostic is printed without its quoted line.
            return [];
        }
    }

    private static string[] Split(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    internal sealed record Source(string? FullPath, long Length, string Sha256)
    {
        public string[]? Lines { get; set; }
    }
}
