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

    /// <summary>The text with every Markdown construct outside the allowed set made literal.</summary>
    public static string Escape(string text)
    {
        if (IsPlain(text))
        {
            return text;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = new StringBuilder(text.Length + 16);
        for (var n = 0; n < lines.Length; n++)
        {
            if (n > 0)
            {
                result.Append('\n');
            }

            EscapeLine(lines[n], result);
        }

        return result.ToString();
    }

    // What could start an escape: a line break, an indent or a rule/underline character first, a special character, or
    // the ':' every web address has. Text with none of them (most names, ids and sentences) comes out unchanged.
    private static readonly SearchValues<char> MaySpecial = SearchValues.Create("\\`<>#|&~{}[]!:\r\n");

    private static bool IsPlain(string text) =>
        text.Length > 0 && text[0] is not (' ' or '\t' or '-' or '*' or '_' or '=') && !text.AsSpan().ContainsAny(MaySpecial);

    private static void EscapeLine(string line, StringBuilder result)
    {
        // Leading spaces would turn the line into a code block; a list item keeps its marker without them.
        var trimmed = line.TrimStart(' ', '\t');
        if (trimmed.Length > 0 && IsRuleOrUnderline(trimmed))
        {
            // '---', '***', '===' lines make thematic breaks or turn the line above into a heading.
            result.Append('\\');
        }

        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c is 'h' or 'H' && WebAddressAt(trimmed, i) is { Length: > 0 } address)
            {
                // An autolink: CommonMark applies no escapes inside <...>, so the link is published exactly as written.
                result.Append('<').Append(address).Append('>');
                i += address.Length - 1;
                continue;
            }

            switch (c)
            {
                case '\\' or '`' or '<' or '>' or '#' or '|' or '&' or '~' or '{' or '}':
                    result.Append('\\').Append(c);
                    break;
                case '[' when i + 2 < trimmed.Length && trimmed[i + 1] is 'x' or 'X' or ' ' && trimmed[i + 2] == ']':
                    // "[x]" would be a task-list checkbox in renderers with that extension (GitHub's among them).
                    result.Append("\\[");
                    break;
                case '!' when i + 1 < trimmed.Length && trimmed[i + 1] == '[':
                    result.Append("\\!");
                    break;
                case ']' when i + 1 < trimmed.Length && trimmed[i + 1] == ':':
                    result.Append("\\]");
                    break;
                case ']' when i + 1 < trimmed.Length && trimmed[i + 1] == '(' && !IsAllowedTarget(trimmed.AsSpan(i + 2)):
                    result.Append("\\]");
                    break;
                case ']' when i + 1 < trimmed.Length && trimmed[i + 1] == '[':
                    // Reference links could point at a definition elsewhere in the document.
                    result.Append("\\]");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
    }

    /// <summary>The http(s) address starting at <paramref name="start"/> (up to white space, without trailing punctuation), or "" when there is none or it could not be an autolink.</summary>
    private static string WebAddressAt(string line, int start)
    {
        var rest = line.AsSpan(start);
        if (!(rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            || (start > 0 && char.IsLetterOrDigit(line[start - 1]))
            || (start > 1 && line[start - 1] == '(' && line[start - 2] == ']'))
        {
            return "";
        }

        var end = start;
        while (end < line.Length && !char.IsWhiteSpace(line[end]))
        {
            end++;
        }

        var address = line[start..end].TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"');
        if (address.EndsWith(')') && !address.Contains('(', StringComparison.Ordinal))
        {
            address = address[..^1];
        }

        var hostStart = address.IndexOf("//", StringComparison.Ordinal) + 2;
        return hostStart < address.Length && !address.Any(ch => ch is '<' or '>' or '"' or '`' or '\\' || char.IsControl(ch)) ? address : "";
    }

    private static bool IsRuleOrUnderline(string line)
    {
        var first = line[0];
        return first is '-' or '*' or '_' or '=' && line.All(c => c == first || c == ' ');
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
}
