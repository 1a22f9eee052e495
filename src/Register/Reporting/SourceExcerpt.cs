using System.Globalization;
using System.Text;

namespace Register.Reporting;

/// <summary>The quoted source line and the caret under a column, as compilers print them.</summary>
internal static class SourceExcerpt
{
    // A longer line is cut to a window around the column, so a 100,000-character line prints as one screen line.
    private const int MaxWidth = 120;
    private const string Ellipsis = "…";

    /// <summary>The two lines "   14 | text" and "      |     ^" without colour, or null when the line is unknown.</summary>
    public static (string Gutter, string Line, string CaretPadding)? Quote(string? line, int lineNumber, int column)
    {
        if (line is null)
        {
            return null;
        }

        line = line.TrimEnd('\r');
        var index = Math.Clamp(column - 1, 0, line.Length);
        var start = 0;
        var end = line.Length;
        if (line.Length > MaxWidth)
        {
            start = Math.Clamp(index - (MaxWidth / 2), 0, line.Length - MaxWidth);
            end = start + MaxWidth;
        }

        var shown = new StringBuilder();
        var padding = new StringBuilder();
        if (start > 0)
        {
            shown.Append(Ellipsis);
            padding.Append(' ');
        }

        for (var i = start; i < end; i++)
        {
            var c = line[i];
            shown.Append(Visible(c));
            if (i < index)
            {
                // Copy tabs so the caret lines up in any tab width.
                padding.Append(c == '\t' ? '\t' : char.IsLowSurrogate(c) ? "" : " ");
            }
        }

        if (end < line.Length)
        {
            shown.Append(Ellipsis);
        }

        var number = lineNumber.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', Math.Max(0, 5 - number.Length)) + number;
        return (gutter, shown.ToString(), padding.ToString());
    }

    /// <summary>Control characters become their visible "control picture" (NUL shows as ␀) so they cannot disturb a terminal.</summary>
    public static string Visible(char c) => c switch
    {
        '\t' => "\t",
        < ' ' => ((char)(0x2400 + c)).ToString(),
        '\u007F' => "\u2421",
        >= '\u0080' and <= '\u009F' => "\uFFFD",
        _ => c.ToString(),
    };

    /// <summary>Message text with any control character (other than line breaks) made visible.</summary>
    public static string Clean(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c != '\n' || c is '\u007F' or >= '\u0080' and <= '\u009F')
            {
                var clean = new StringBuilder(text.Length);
                foreach (var d in text)
                {
                    clean.Append(d == '\n' ? "\n" : Visible(d));
                }

                return clean.ToString();
            }
        }

        return text;
    }
}
