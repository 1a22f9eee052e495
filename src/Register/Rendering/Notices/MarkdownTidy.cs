using System.Text;

namespace Register.Rendering.Notices;

/// <summary>Normalises rendered Markdown: LF line ends, no trailing spaces, at most one blank line in a row, one final newline.</summary>
public static class MarkdownTidy
{
    public static string Tidy(string markdown)
    {
        var result = new StringBuilder(markdown.Length);
        var blank = 0;
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd(' ', '\t');
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 0 ? "\n\n" : "\n");
            }

            result.Append(line);
            blank = 0;
        }

        return result.Append('\n').ToString();
    }
}
