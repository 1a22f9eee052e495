using System.Text;
using System.Text.Json;

namespace Register.Output;

/// <summary>
/// What the last build made of each document (.register-inputs.json beside the manifest): the hash of the document's
/// inputs, the files it wrote and, for a notice, its page's hash for the site index. A build whose inputs for a document
/// hash the same, while those files still hold what the manifest records, keeps them instead of rendering again. It is
/// a cache, not output: the manifest does not list it, build --check never reports it, and without it (or when it
/// cannot be read) everything is rendered. The inputs include the tool's own build identity, so the file changes with
/// every change of the code; keep it out of version control (the repository's .gitignore does).
/// </summary>
public static class DocumentCache
{
    public const string FileName = ".register-inputs.json";

    /// <summary>The documents recorded in an output folder, by id; empty when there is no cache or it cannot be read.</summary>
    public static IReadOnlyDictionary<string, CachedDocument> Read(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, FileName);
        var documents = new Dictionary<string, CachedDocument>(StringComparer.Ordinal);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length > 64L << 20)
        {
            return documents;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var entry in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                var id = entry.GetProperty("id").GetString() ?? "";
                var inputs = entry.GetProperty("inputs").GetString() ?? "";
                var page = entry.TryGetProperty("page", out var p) ? p.GetString() : null;
                var files = entry.GetProperty("files").EnumerateArray().Select(f => f.GetString() ?? "").ToList();
                if (files.All(OutputPaths.IsSafe))
                {
                    documents.TryAdd(id, new CachedDocument(id, inputs, files, page));
                }
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            // A damaged cache remembers nothing: every document is rendered.
            documents.Clear();
        }

        return documents;
    }

    /// <summary>The cache's bytes for a build's documents, sorted by id; deterministic.</summary>
    public static byte[] Write(IEnumerable<CachedDocument> documents)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("generator", "register");
            json.WriteStartArray("documents");
            foreach (var document in documents.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", document.Id);
                json.WriteString("inputs", document.Inputs);
                if (document.Page is not null)
                {
                    json.WriteString("page", document.Page);
                }

                json.WriteStartArray("files");
                foreach (var file in document.Files)
                {
                    json.WriteStringValue(file);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.Write(Encoding.UTF8.GetBytes("\n"));
        return stream.ToArray();
    }
}

/// <summary>One document of the last build: its id (e.g. notice/website/nl), its inputs' hash, its files and its page's hash.</summary>
public sealed record CachedDocument(string Id, string Inputs, IReadOnlyList<string> Files, string? Page);
