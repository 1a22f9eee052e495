namespace Register.Rendering.OpenXml;

/// <summary>
/// Column widths for Word tables that do not break words in the middle: each column is at least as wide as its longest
/// word (estimated from Calibri's character widths at the table's 9 pt), the rest of the width is shared by the
/// weights. Long compounds in Dutch and German ("Gegevensbeschermingseffectbeoordeling", "Verarbeitungstätigkeit")
/// are what this is for; web and e-mail addresses are left out of the measure, as they may break anywhere.
/// </summary>
internal static class DocxColumnWidths
{
    /// <summary>Left and right cell margins of the table style, in twentieths of a point.</summary>
    private const int CellMargins = 2 * 80;

    /// <summary>A little room so a word that just fits does not wrap at a rounding difference.</summary>
    private const int Slack = 60;

    /// <summary>The widths (twips) of columns sharing <paramref name="total"/> by <paramref name="weights"/>, each at least <paramref name="minimums"/> where they fit together.</summary>
    public static int[] Share(int total, IReadOnlyList<double> weights, IReadOnlyList<int> minimums)
    {
        var count = weights.Count;
        var widths = new int[count];
        if (count == 0)
        {
            return widths;
        }

        var needed = minimums.Sum();
        if (needed >= total)
        {
            // Even the longest words do not fit side by side: share by them, so the longest break least.
            var scaled = minimums.Select(m => (int)((long)total * Math.Max(1, m) / Math.Max(1, needed))).ToArray();
            scaled[^1] += total - scaled.Sum();
            return scaled;
        }

        var fixedColumns = new bool[count];
        while (true)
        {
            var free = total - Enumerable.Range(0, count).Where(i => fixedColumns[i]).Sum(i => minimums[i]);
            var weight = Enumerable.Range(0, count).Where(i => !fixedColumns[i]).Sum(i => weights[i]);
            var changed = false;
            for (var i = 0; i < count; i++)
            {
                if (!fixedColumns[i] && free * weights[i] / weight < minimums[i])
                {
                    fixedColumns[i] = true;
                    changed = true;
                }
            }

            if (changed)
            {
                continue;
            }

            for (var i = 0; i < count; i++)
            {
                widths[i] = fixedColumns[i] ? minimums[i] : (int)(free * weights[i] / weight);
            }

            // Rounding: the last column takes what is left, so the table is exactly as wide as asked.
            widths[^1] += total - widths.Sum();
            return widths;
        }
    }

    /// <summary>A <see cref="Minimum"/> for text at 8 pt instead of 9 pt.</summary>
    public static int AtEightPoint(int minimum) => minimum == 0 ? 0 : ((minimum - CellMargins - Slack) * 8 / 9) + CellMargins + Slack;

    /// <summary>The width (twips) a column needs for the longest word of <paramref name="texts"/>, cell margins included.</summary>
    public static int Minimum(IEnumerable<string> texts, bool bold)
    {
        var longest = 0.0;
        foreach (var text in texts)
        {
            // A word can be an address only if its text may hold one.
            var mayHoldAddress = DocxLinks.MayHoldAddress(text);
            var rest = text.AsSpan();
            while (rest.Length > 0)
            {
                var end = rest.IndexOfAny(Separators);
                var token = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[(end + 1)..];
                if (token.Length == 0 || (mayHoldAddress && DocxLinks.IsAddress(token)))
                {
                    continue;
                }

                // Word and LibreOffice may break after a hyphen or a slash.
                var start = 0;
                for (var i = 0; i < token.Length; i++)
                {
                    if (token[i] is '-' or '/' or '\u2013' && i + 1 < token.Length)
                    {
                        longest = Math.Max(longest, Width(token[start..(i + 1)], bold));
                        start = i + 1;
                    }
                }

                longest = Math.Max(longest, Width(token[start..], bold));
            }
        }

        return longest == 0 ? 0 : (int)Math.Ceiling(longest) + CellMargins + Slack;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" \n\t\u00A0");

    // Calibri at 9 pt in twips per character, rounded up a little: narrow letters and punctuation, wide letters,
    // capitals, the rest; bold is about 5% wider.
    private static double Width(ReadOnlySpan<char> word, bool bold)
    {
        var width = 0;
        foreach (var c in word)
        {
            width += c < AsciiWidths.Length ? AsciiWidths[c] : CharacterWidth(c);
        }

        return bold ? width * 1.06 : width;
    }

    // The widths of the ASCII characters, looked up rather than matched: most of a register's text.
    private static readonly byte[] AsciiWidths = [.. Enumerable.Range(0, 128).Select(c => (byte)CharacterWidth((char)c))];

    private static int CharacterWidth(char c) => c switch
    {
        'i' or 'j' or 'l' or 'I' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' => 48,
        'f' or 'r' or 't' or '(' or ')' or '[' or ']' or '-' or '/' => 66,
        'm' or 'w' => 146,
        'M' or 'W' => 170,
        >= 'A' and <= 'Z' => 118,
        _ when char.IsUpper(c) => 118,
        _ => 94,
    };
}
