using System.Buffers;
using System.Text;

namespace Register.Rendering;

/// <summary>HTML escaping of register text, safe in element content and in quoted attribute values.</summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"'`=");

    /// <summary>The text with <c>&amp; &lt; &gt; " ' ` =</c> replaced by character references (the set Handlebars escaped, kept so output stays the same).</summary>
    public static string Escape(string text)
    {
        // Most values have none of them: one vectorised search, and the text itself is the answer.
        var first = text.AsSpan().IndexOfAny(Escaped);
        if (first < 0)
        {
            return text;
        }

        var builder = (StringBuilder?)null;
        for (var i = first; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                '=' => "&#x3D;",
                _ => null,
            };
            if (replacement is null)
            {
                builder?.Append(text[i]);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }
}
