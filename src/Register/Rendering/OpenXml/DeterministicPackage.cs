using System.IO.Compression;

namespace Register.Rendering.OpenXml;

/// <summary>
/// Rewrites an Office package so the same content always gives the same bytes: entries in ordinal name order,
/// one fixed timestamp, one compression level. System.IO.Packaging stamps entries with the clock and orders them by
/// creation, so its output alone is never byte-stable.
/// </summary>
public static class DeterministicPackage
{
    /// <summary>The timestamp every entry gets: the earliest a zip entry can carry.</summary>
    public static DateTimeOffset Timestamp { get; } = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalise(byte[] package)
    {
        var entries = new List<(string Name, byte[] Content)>();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = target.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Timestamp;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }
}
