using System.Globalization;
using System.Text;

namespace Register.Readability;

/// <summary>The build summary's table of readability: one line per notice and language.</summary>
public static class ReadabilitySummary
{
    public static string Format(IReadOnlyList<NoticeReadability> entries)
    {
        if (entries.Count == 0)
        {
            return "";
        }

        var rows = entries.Select(e => (
            Name: $"{e.Output}.{e.Score.Language}",
            Words: e.Score.Words.ToString("N0", CultureInfo.InvariantCulture) + " words",
            Minutes: $"{e.Score.ReadingMinutes} min",
            Sentence: e.Score.AverageSentenceLength.ToString("0.0", CultureInfo.InvariantCulture) + " words a sentence",
            Index: $"{e.Score.Index} {e.Score.Value.ToString("0.0", CultureInfo.InvariantCulture)} ({e.Score.Band})")).ToList();
        var widths = (rows.Max(r => r.Name.Length), rows.Max(r => r.Words.Length), rows.Max(r => r.Minutes.Length), rows.Max(r => r.Sentence.Length));
        var text = new StringBuilder("Readability of the notices:\n");
        foreach (var row in rows)
        {
            text.Append("  ").Append(row.Name.PadRight(widths.Item1)).Append("  ")
                .Append(row.Words.PadLeft(widths.Item2)).Append("  ")
                .Append(row.Minutes.PadLeft(widths.Item3)).Append("  ")
                .Append(row.Sentence.PadLeft(widths.Item4)).Append("  ")
                .Append(row.Index).Append('\n');
        }

        return text.ToString();
    }
}
