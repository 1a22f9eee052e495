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
            switch (c)
            {
                case '\\' or '`' or '<' or '>' or '#' or '|' or '&' or '~' or '{' or '}':
                    result.Append('\\').Append(c);
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
