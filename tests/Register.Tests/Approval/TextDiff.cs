using System.Text;

namespace Register.Tests.Approval;

/// <summary>
/// A line diff for failure messages: the longest common subsequence of lines, shown as hunks of removed (-) and added
/// (+) lines with two lines of context and the line numbers of both sides, so an inserted line shows as one line.
/// </summary>
internal static class TextDiff
{
    private const int Context = 2;

    // Above this many cells (lines × lines of the part that differs) the table is not built and the changed part is
    // shown as removed and added whole: still right, only less precise.
    private const long MaxCells = 4_000_000;

    public static string Describe(string expected, string actual, int maxLines = 40)
    {
        var edits = Edits(expected.Split('\n'), actual.Split('\n'));
        var sb = new StringBuilder();
        var shown = 0;
        var i = 0;
        while (i < edits.Count && shown < maxLines)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            // A hunk runs until more than twice the context of unchanged lines follows.
            for (var j = i; j < edits.Count; j++)
            {
                if (edits[j].Kind != ' ')
                {
                    end = j;
                }
                else if (j - end > 2 * Context)
                {
                    break;
                }
            }

            end = Math.Min(edits.Count - 1, end + Context);
            var first = edits[start];
            sb.Append("@@ expected line ").Append(first.Old + 1).Append(", received line ").Append(first.New + 1).Append(" @@\n");
            for (var k = start; k <= end && shown < maxLines; k++, shown++)
            {
                sb.Append(edits[k].Kind).Append(' ').Append(edits[k].Text).Append('\n');
            }

            i = end + 1;
        }

        if (shown >= maxLines)
        {
            sb.Append("(diff cut after ").Append(maxLines).Append(" lines)\n");
        }

        return sb.ToString();
    }

    /// <summary>One line of the diff: ' ' in both, '-' only expected, '+' only received; Old/New are 0-based line numbers.</summary>
    internal readonly record struct Edit(char Kind, string Text, int Old, int New);

    internal static List<Edit> Edits(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var edits = new List<Edit>(a.Length + b.Length);
        for (var k = 0; k < prefix; k++)
        {
            edits.Add(new Edit(' ', a[k], k, k));
        }

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            for (var k = 0; k < n; k++)
            {
                edits.Add(new Edit('-', a[prefix + k], prefix + k, prefix));
            }

            for (var k = 0; k < m; k++)
            {
                edits.Add(new Edit('+', b[prefix + k], prefix + n, prefix + k));
            }
        }
        else
        {
            // lcs[x, y]: length of the longest common subsequence of a[prefix + x ..] and b[prefix + y ..] (middle part).
            var lcs = new int[n + 1, m + 1];
            for (var x = n - 1; x >= 0; x--)
            {
                for (var y = m - 1; y >= 0; y--)
                {
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
                }
            }

            int i = 0, j = 0;
            while (i < n || j < m)
            {
                if (i < n && j < m && a[prefix + i] == b[prefix + j])
                {
                    edits.Add(new Edit(' ', a[prefix + i], prefix + i, prefix + j));
                    i++;
                    j++;
                }
                else if (i < n && (j == m || lcs[i + 1, j] >= lcs[i, j + 1]))
                {
                    edits.Add(new Edit('-', a[prefix + i], prefix + i, prefix + j));
                    i++;
                }
                else
                {
                    edits.Add(new Edit('+', b[prefix + j], prefix + i, prefix + j));
                    j++;
                }
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            edits.Add(new Edit(' ', a[a.Length - suffix + k], a.Length - suffix + k, b.Length - suffix + k));
        }

        return edits;
    }
}
