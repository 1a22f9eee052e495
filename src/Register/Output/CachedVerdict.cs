using System.Text.Json;
using Register.Diagnostics;
using Register.Readability;
using Register.Reporting;

namespace Register.Output;

/// <summary>
/// What the last build into an output folder concluded, kept in its document cache (<see cref="DocumentCache"/>) so that a
/// build with the same fingerprint replays it instead of loading the register again: the fingerprint, every diagnostic
/// as printed (validation and build, sorted; in the JSON report's schema), the register files its load kept for quoting
/// them (display paths, in the order read) and the readability of every notice. Written only by a build that wrote its
/// files.
/// </summary>
public sealed record CachedVerdict(
    string Fingerprint,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Sources,
    IReadOnlyList<NoticeReadability> Readability)
{
    internal void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject("verdict");
        json.WriteString("fingerprint", Fingerprint);
        json.WriteStartArray("sources");
        foreach (var source in Sources)
        {
            json.WriteStringValue(source);
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in Diagnostics)
        {
            JsonReport.WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteStartArray("readability");
        foreach (var notice in Readability)
        {
            json.WriteStartObject();
            json.WriteString("notice", notice.NoticeId);
            json.WriteString("output", notice.Output);
            DocumentCache.WriteScore(json, notice.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The verdict in a cache's JSON; throws (a damaged cache) as <see cref="DocumentCache.Read"/> catches.</summary>
    internal static CachedVerdict Read(JsonElement verdict) => new(
        verdict.GetProperty("fingerprint").GetString() ?? "",
        verdict.GetProperty("diagnostics").EnumerateArray().Select(JsonReport.ReadDiagnostic).ToList(),
        verdict.GetProperty("sources").EnumerateArray().Select(s => s.GetString() ?? "").ToList(),
        verdict.GetProperty("readability").EnumerateArray().Select(r => new NoticeReadability(
            r.GetProperty("notice").GetString() ?? "",
            r.GetProperty("output").GetString() ?? "",
            DocumentCache.ReadScore(r.GetProperty("readability")))).ToList());
}
