using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Register.Output;

/// <summary>
/// The list of files the build owns in an output folder (.register-manifest.json), each with the SHA-256 of the content the
/// build wrote: a file is replaced or removed only while it is listed and still holds exactly that content.
/// </summary>
public static class OutputManifest
{
    public const string FileName = ".register-manifest.json";

    /// <summary>The manifest for a set of files: their paths and SHA-256 hashes, sorted by path; deterministic bytes.</summary>
    public static OutputFile For(IReadOnlyList<BuiltFile> files)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"generator\": \"register\",\n  \"files\": [\n");
        var sorted = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            text.Append("    { \"path\": ").Append(JsonSerializer.Serialize(sorted[i].Path, OutputJson.Default.String))
                .Append(", \"sha256\": \"").Append(sorted[i].Sha256).Append("\" }")
                .Append(i + 1 < sorted.Count ? ",\n" : "\n");
        }

        text.Append("  ]\n}\n");
        return new OutputFile(FileName, new UTF8Encoding(false).GetBytes(text.ToString()));
    }

    /// <summary>The lowercase hex SHA-256 of some bytes, as the manifest records it.</summary>
    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The lowercase hex SHA-256 of what a stream holds from where it stands, as the manifest records it.</summary>
    public static string Hash(Stream content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The lowercase hex SHA-256 of a file's current content.</summary>
    public static string HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Hash(stream);
    }

    /// <summary>The paths listed in the manifest of an output folder; empty when there is none or it cannot be read.</summary>
    public static IReadOnlyList<string> Read(string outputDirectory) => ReadOwned(outputDirectory).Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Path → recorded SHA-256 for every safe path the manifest lists with a well-formed hash. A missing or damaged manifest,
    /// or an entry without a hash, owns nothing: better to leave a file alone than to remove one that is not ours.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadOwned(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, FileName);
        var owned = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path) || new FileInfo(path).Length > 64L << 20)
        {
            return owned;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var entry in document.RootElement.GetProperty("files").EnumerateArray())
            {
                var file = entry.GetProperty("path").GetString() ?? "";
                var hash = entry.TryGetProperty("sha256", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() ?? "" : "";
                if (OutputPaths.IsSafe(file) && IsHash(hash) && !owned.ContainsKey(file))
                {
                    owned[file] = hash;
                }
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            owned.Clear();
        }

        return owned;
    }

    private static bool IsHash(string hash) => hash.Length == 64 && hash.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
