using System.Text;
using Register.Rendering.OpenXml;

namespace Register.Rendering.Art30;

/// <summary>Writes a table as RFC 4180 CSV: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF line ends.</summary>
public static class CsvWriter
{
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(SheetTable table)
    {
        using var stream = new MemoryStream();
        Write(table, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the table to <paramref name="output"/> row by row (left open).</summary>
    public static void Write(SheetTable table, Stream output) => Write([table], output);

    /// <summary>Writes the tables one after the other, each with its header row, an empty line between two (left open).</summary>
    public static void Write(IReadOnlyList<SheetTable> tables, Stream output)
    {
        // The mark is written by hand: StreamWriter writes it only at the start of a stream it can seek.
        output.Write(Utf8WithMark.GetPreamble());
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        var sb = new StringBuilder();
        for (var t = 0; t < tables.Count; t++)
        {
            if (t > 0)
            {
                sb.Append("\r\n");
            }

            AppendRecord(sb, tables[t].Header);
            foreach (var row in tables[t].Rows)
            {
                AppendRecord(sb, row);
                if (sb.Length > 1 << 15)
                {
                    writer.Write(sb);
                    sb.Clear();
                }
            }
        }

        writer.Write(sb);
    }

    private static void AppendRecord(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(Field(fields[i]));
        }

        sb.Append("\r\n");
    }

    /// <summary>One field: line ends normalised to CRLF, quoted when needed, and defused when a spreadsheet would read it as a formula.</summary>
    public static string Field(string value)
    {
        var text = XmlSafeText.Clean(value).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            // A leading quote keeps Excel from running register text as a formula (CSV injection).
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
