using System.Text;

namespace Register.Tests.Approval;

/// <summary>A short line diff for failure messages: the first differing lines with their numbers.</summary>
internal static class TextDiff
{
    public static string Describe(string expected, string actual, int maxLines = 20)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var sb = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(a.Length, b.Length) && shown < maxLines; i++)
        {
            var left = i < a.Length ? a[i] : null;
            var right = i < b.Length ? b[i] : null;
            if (left == right)
            {
                continue;
            }

            sb.Append("line ").Append(i + 1).Append('\n');
            if (left is not null)
            {
                sb.Append("  - ").Append(left).Append('\n');
            }

            if (right is not null)
            {
                sb.Append("  + ").Append(right).Append('\n');
            }

            shown++;
        }

        return sb.ToString();
    }
}
