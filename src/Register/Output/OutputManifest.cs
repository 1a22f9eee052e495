using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Register.Output;

/// <summary>The list of files the build owns in an output folder (.register-manifest.json): only these are ever replaced or removed.</summary>
public static class OutputManifest
{
    public const string FileName = ".register-manifest.json";

    /// <summary>The manifest for a set of files: their paths and SHA-256 hashes, sorted by path; deterministic bytes.</summary>
    public static OutputFile For(IReadOnlyList<OutputFile> files)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"generator\": \"register\",\n  \"files\": [\n");
        var sorted = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(sorted[i].Content));
            text.Append("    { \"path\": ").Append(JsonSerializer.Serialize(sorted[i].Path))
                .Append(", \"sha256\": \"").Append(hash).Append("\" }")
                .Append(i + 1 < sorted.Count ? ",\n" : "\n");
        }

        text.Append("  ]\n}\n");
        return new OutputFile(FileName, new UTF8Encoding(false).GetBytes(text.ToString()));
    }

    /// <summary>The paths listed in the manifest of an output folder; empty when there is none or it cannot be read.</summary>
    public static IReadOnlyList<string> Read(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.GetProperty("files").EnumerateArray()
                .Select(f => f.GetProperty("path").GetString() ?? "")
                .Where(OutputPaths.IsSafe)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // A damaged manifest means we cannot tell which files are ours: own nothing rather than remove too much.
            return [];
        }
    }
}
