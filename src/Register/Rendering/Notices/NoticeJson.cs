using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Register.Views;

namespace Register.Rendering.Notices;

/// <summary>The resolved notice as JSON for web integrations: camelCase, indented, letters kept readable, HTML-significant characters escaped.</summary>
public static class NoticeJson
{
    // The serializer of the views is generated at build time (NoticeJsonContext): no reflection, so it runs under Native AOT.
    private static readonly NoticeJsonContext Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        // Escapes < > & ' " as \\u003C and so on, so the JSON is safe to inline in a page; keeps ü, é readable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    public static string Serialize(NoticeView view) => JsonSerializer.Serialize(view, Json.NoticeView) + "\n";

    /// <summary>The view with the readability of the rendered text as a last property, <c>readability</c>.</summary>
    public static string Serialize(NoticeView view, Readability.ReadabilityScore readability)
    {
        var json = JsonSerializer.SerializeToNode(view, Json.NoticeView)!.AsObject();
        json["readability"] = JsonSerializer.SerializeToNode(readability, Json.ReadabilityScore);
        return json.ToJsonString(Json.Options) + "\n";
    }
}
