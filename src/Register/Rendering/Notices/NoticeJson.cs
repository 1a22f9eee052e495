using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Register.Views;

namespace Register.Rendering.Notices;

/// <summary>The resolved notice as JSON for web integrations: camelCase, indented, letters kept readable, HTML-significant characters escaped.</summary>
public static class NoticeJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        // Escapes < > & ' " as \\u003C and so on, so the JSON is safe to inline in a page; keeps ü, é readable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(NoticeView view) => JsonSerializer.Serialize(view, Options) + "\n";

    /// <summary>The view with the readability of the rendered text as a last property, <c>readability</c>.</summary>
    public static string Serialize(NoticeView view, Readability.ReadabilityScore readability)
    {
        var json = JsonSerializer.SerializeToNode(view, Options)!.AsObject();
        json["readability"] = JsonSerializer.SerializeToNode(readability, Options);
        return json.ToJsonString(Options) + "\n";
    }
}
