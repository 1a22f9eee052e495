using System.Buffers;
using System.Text;

namespace Register.Rendering;

/// <summary>
/// Escapes register text written into Markdown by a template (<c>{{ value }}</c>): emphasis, lists and links to
/// http(s), mailto and tel stay Markdown; headings, quotes, code, tables, images, raw HTML and other links become plain text.
/// </summary>
public static class MarkdownTextEncoder
{
    private static readonly string[] AllowedSchemes = ["http://", "https://", "mailto:", "tel:"];

    // What could start an escape: a line break, an indent or a rule/underline character first, a special character, or
    // the ':' every web address has. Text with none of them (most names, ids and sentences) comes out unchanged.
    private static readonly SearchValues<char> MaySpecial = SearchValues.Create("\\`<>#|&~{}[]!:\r\n");

    // Characters trimmed from the end of a web address: punctuation that ends the sentence around it.
    private static readonly SearchValues<char> AddressEnd = SearchValues.Create(".,;:!?'\"");

    /// <summary>Where escaped text goes: pieces of the text itself, in order, and the few characters escaping adds.</summary>
    internal interface ISink
    {
        void Write(string text, int start, int count);
    }

    /// <summary>The text with every Markdown construct outside the allowed set made literal.</summary>
    public static string Escape(string text)
    {
        if (IsPlain(text))
        {
            return text;
        }

        var result = new BuilderSink(new StringBuilder(text.Length + 16));
        EscapeInto(text, ref result);
        return result.Builder.ToString();
    }

    /// <summary>
    /// Writes what <see cref="Escape(string)"/> returns into <paramref name="sink"/> without making it a string: the text's
    /// own pieces between the escapes, and the escapes.
    /// </summary>
    internal static void Escape<TSink>(string text, ref TSink sink)
        where TSink : struct, ISink
    {
        if (IsPlain(text))
        {
            sink.Write(text, 0, text.Length);
            return;
        }

        EscapeInto(text, ref sink);
    }

    /// <summary>
    /// At least the length of <see cref="Escape(string)"/>'s result: each character is written at most twice (one escape
    /// before it; an address gains two brackets, a rule one backslash, and both are longer than that).
    /// </summary>
    internal static long MaxEscapedLength(string text) => 2L * text.Length;

    /// <summary>The length of <see cref="Escape(string)"/>'s result, counted without writing it.</summary>
    internal static int EscapedLength(string text)
    {
        var counter = default(CountingSink);
        Escape(text, ref counter);
        return counter.Length;
    }

    private static bool IsPlain(string text) =>
        text.Length > 0 && text[0] is not (' ' or '\t' or '-' or '*' or '_' or '=') && !text.AsSpan().ContainsAny(MaySpecial);

    // Line by line, a "\r\n" read as "\n" (a lone '\r' stays); lines joined by "\n".
    private static void EscapeInto<TSink>(string text, ref TSink sink)
        where TSink : struct, ISink
    {
        var start = 0;
        while (true)
        {
            var newLine = text.IndexOf('\n', start);
            var end = newLine < 0 ? text.Length : newLine;
            EscapeLine(text, start, newLine > start && text[newLine - 1] == '\r' ? end - 1 : end, ref sink);
            if (newLine < 0)
            {
                return;
            }

            sink.Write("\n", 0, 1);
            start = newLine + 1;
        }
    }

    // The line text[from..end). Each escape writes the text before it, then its backslash; the escaped character starts the next piece.
    private static void EscapeLine<TSink>(string text, int from, int end, ref TSink sink)
        where TSink : struct, ISink
    {
        // Leading spaces would turn the line into a code block; a list item keeps its marker without them.
        var start = from;
        while (start < end && text[start] is ' ' or '\t')
        {
            start++;
        }

        if (start < end && IsRuleOrUnderline(text.AsSpan(start, end - start)))
        {
            // '---', '***', '===' lines make thematic breaks or turn the line above into a heading.
            sink.Write("\\", 0, 1);
        }

        var piece = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is 'h' or 'H' && WebAddressAt(text, start, end, i) is > 0 and var length)
            {
                // An autolink: CommonMark applies no escapes inside <...>, so the link is published exactly as written.
                sink.Write(text, piece, i - piece);
                sink.Write("<", 0, 1);
                sink.Write(text, i, length);
                sink.Write(">", 0, 1);
                i += length - 1;
                piece = i + 1;
                continue;
            }

            var escape = c switch
            {
                '\\' or '`' or '<' or '>' or '#' or '|' or '&' or '~' or '{' or '}' => true,
                // "[x]" would be a task-list checkbox in renderers with that extension (GitHub's among them).
                '[' => i + 2 < end && text[i + 1] is 'x' or 'X' or ' ' && text[i + 2] == ']',
                '!' => i + 1 < end && text[i + 1] == '[',
                // Reference links could point at a definition elsewhere in the document ("][" and "]:").
                ']' => i + 1 < end && (text[i + 1] is ':' or '[' || (text[i + 1] == '(' && !IsAllowedTarget(text.AsSpan(i + 2, end - i - 2)))),
                _ => false,
            };
            if (escape)
            {
                sink.Write(text, piece, i - piece);
                sink.Write("\\", 0, 1);
                piece = i;
            }
        }

        sink.Write(text, piece, end - piece);
    }

    /// <summary>
    /// The length of the http(s) address starting at <paramref name="at"/> in the line text[lineStart..lineEnd) (up to white
    /// space, without trailing punctuation), or 0 when there is none or it could not be an autolink.
    /// </summary>
    private static int WebAddressAt(string text, int lineStart, int lineEnd, int at)
    {
        var rest = text.AsSpan(at, lineEnd - at);
        if (!(rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            || (at > lineStart && char.IsLetterOrDigit(text[at - 1]))
            || (at > lineStart + 1 && text[at - 1] == '(' && text[at - 2] == ']'))
        {
            return 0;
        }

        var end = at;
        while (end < lineEnd && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var address = text.AsSpan(at, end - at);
        address = address[..(address.LastIndexOfAnyExcept(AddressEnd) + 1)];
        if (address.EndsWith(')') && !address.Contains('('))
        {
            address = address[..^1];
        }

        var hostStart = address.IndexOf("//", StringComparison.Ordinal) + 2;
        foreach (var ch in address)
        {
            if (ch is '<' or '>' or '"' or '`' or '\\' || char.IsControl(ch))
            {
                return 0;
            }
        }

        return hostStart < address.Length ? address.Length : 0;
    }

    private static bool IsRuleOrUnderline(ReadOnlySpan<char> line)
    {
        var first = line[0];
        if (first is not ('-' or '*' or '_' or '='))
        {
            return false;
        }

        foreach (var c in line)
        {
            if (c != first && c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a link target starts with an allowed scheme.</summary>
    public static bool IsAllowedTarget(ReadOnlySpan<char> target)
    {
        target = target.TrimStart();
        foreach (var scheme in AllowedSchemes)
        {
            if (target.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private readonly struct BuilderSink(StringBuilder builder) : ISink
    {
        public StringBuilder Builder => builder;

        public void Write(string text, int start, int count) => builder.Append(text, start, count);
    }

    private struct CountingSink : ISink
    {
        public int Length { get; private set; }

        public void Write(string text, int start, int count) => Length += count;
    }
}
