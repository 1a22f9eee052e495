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

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = Json.Options.Encoder };

    public static string Serialize(NoticeView view) => JsonSerializer.Serialize(view, Json.NoticeView) + "\n";

    /// <summary>
    /// Writes the view with the readability of the rendered text as a last property, <c>readability</c>, as UTF-8 onto
    /// <paramref name="output"/> as it is made: the view's properties one by one in the serializer's order, then the
    /// score, with no tree of the whole notice in between, and through one pooled buffer (<see cref="Utf8StreamBufferWriter"/>).
    /// </summary>
    public static void Write(NoticeView view, Readability.ReadabilityScore readability, Stream output)
    {
        using (var buffer = new Utf8StreamBufferWriter(output))
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var property in Json.NoticeView.Properties)
            {
                var value = property.Get!(view);
                if (property.ShouldSerialize?.Invoke(view, value) == false)
                {
                    continue;
                }

                writer.WritePropertyName(property.Name);
                JsonSerializer.Serialize(writer, value, property.PropertyType, Json);
            }

            writer.WritePropertyName("readability");
            JsonSerializer.Serialize(writer, readability, Json.ReadabilityScore);
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }
}
