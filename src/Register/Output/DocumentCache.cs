using System.Text;
using System.Text.Json;
using Register.Readability;

namespace Register.Output;

/// <summary>
/// What the last build made of each document (.register-inputs.json beside the manifest): the hash of the document's
/// inputs, the files it wrote and, for a notice, its page's hash for the site index. A build whose inputs for a document
/// hash the same, while those files still hold what the manifest records, keeps them instead of rendering again. It also
/// holds the last build's verdict (<see cref="CachedVerdict"/>), replayed by a build with nothing changed. It is
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
        var documents = new Dictionary<string, CachedDocument>(StringComparer.Ordinal);
        if (!TryParse(outputDirectory, root =>
            {
                foreach (var entry in root.GetProperty("documents").EnumerateArray())
                {
                    var id = entry.GetProperty("id").GetString() ?? "";
                    var inputs = entry.GetProperty("inputs").GetString() ?? "";
                    var page = entry.TryGetProperty("page", out var p) ? p.GetString() : null;
                    var files = entry.GetProperty("files").EnumerateArray().Select(f => f.GetString() ?? "").ToList();
                    var readability = entry.TryGetProperty("readability", out var r) ? ReadScore(r) : null;
                    if (files.All(OutputPaths.IsSafe))
                    {
                        documents.TryAdd(id, new CachedDocument(id, inputs, files, page) { Readability = readability });
                    }
                }
            }))
        {
            // A damaged cache remembers nothing: every document is rendered.
            documents.Clear();
        }

        return documents;
    }

    /// <summary>The last build's verdict recorded in an output folder; null when there is none or the cache cannot be read.</summary>
    public static CachedVerdict? ReadVerdict(string outputDirectory)
    {
        CachedVerdict? verdict = null;
        return TryParse(outputDirectory, root => verdict = root.TryGetProperty("verdict", out var v) ? CachedVerdict.Read(v) : null) ? verdict : null;
    }

    // False when the cache is there but cannot be read as one; true (having read nothing) when there is none.
    private static bool TryParse(string outputDirectory, Action<JsonElement> read)
    {
        var path = Path.Combine(outputDirectory, FileName);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length > 64L << 20)
        {
            return true;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            read(json.RootElement);
            return true;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException)
        {
            return false;
        }
    }

    /// <summary>The cache's bytes for a build's documents, sorted by id, and its verdict (null: none); deterministic.</summary>
    public static byte[] Write(IEnumerable<CachedDocument> documents, CachedVerdict? verdict = null)
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
                if (document.Readability is { } score)
                {
                    WriteScore(json, score);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            verdict?.Write(json);
            json.WriteEndObject();
        }

        stream.Write(Encoding.UTF8.GetBytes("\n"));
        return stream.ToArray();
    }

    /// <summary>A notice's readability as measured when it was rendered, so that keeping the notice needs no rendering to measure it.</summary>
    internal static void WriteScore(Utf8JsonWriter json, ReadabilityScore score)
    {
        json.WriteStartObject("readability");
        json.WriteString("language", score.Language);
        json.WriteNumber("words", score.Words);
        json.WriteNumber("sentences", score.Sentences);
        json.WriteNumber("syllables", score.Syllables);
        json.WriteNumber("averageSentenceLength", score.AverageSentenceLength);
        json.WriteNumber("averageSyllablesPerWord", score.AverageSyllablesPerWord);
        json.WriteNumber("readingMinutes", score.ReadingMinutes);
        json.WriteString("index", score.Index);
        json.WriteNumber("value", score.Value);
        json.WriteString("band", score.Band);
        json.WriteStartArray("longestSentences");
        foreach (var sentence in score.LongestSentences)
        {
            json.WriteStringValue(sentence);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static ReadabilityScore ReadScore(JsonElement score) => new()
    {
        Language = score.GetProperty("language").GetString() ?? "",
        Words = score.GetProperty("words").GetInt32(),
        Sentences = score.GetProperty("sentences").GetInt32(),
        Syllables = score.GetProperty("syllables").GetInt32(),
        AverageSentenceLength = score.GetProperty("averageSentenceLength").GetDouble(),
        AverageSyllablesPerWord = score.GetProperty("averageSyllablesPerWord").GetDouble(),
        ReadingMinutes = score.GetProperty("readingMinutes").GetInt32(),
        Index = score.GetProperty("index").GetString() ?? "",
        Value = score.GetProperty("value").GetDouble(),
        Band = score.GetProperty("band").GetString() ?? "",
        LongestSentences = score.GetProperty("longestSentences").EnumerateArray().Select(s => s.GetString() ?? "").ToList(),
    };
}

/// <summary>One document of the last build: its id (e.g. notice/website/nl), its inputs' hash, its files and its page's hash.</summary>
public sealed record CachedDocument(string Id, string Inputs, IReadOnlyList<string> Files, string? Page)
{
    /// <summary>A notice's readability as measured on its rendered text (the build summary, REG140 and the DPO reports use it).</summary>
    public ReadabilityScore? Readability { get; init; }
}
