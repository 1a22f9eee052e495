using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Register.Reporting;

/// <summary>Writes indented JSON with LF line endings and readable non-ASCII text, the same bytes on every platform.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Reports are files and API payloads, never HTML: keep umlauts and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            body(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }
}
