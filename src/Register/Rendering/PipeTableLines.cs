namespace Register.Rendering;

/// <summary>
/// Follows the lines of a Markdown document and says where its pipe tables are and which of them can be parsed a few
/// rows at a time (<see cref="MarkdownHtml.WriteBody(Func{TextReader}, TextWriter)"/>): a table after a blank line whose
/// header, delimiter row and every row start and end with '|' and have the same number of unescaped pipes, with nothing
/// in a row that could hide a pipe from the count or make one a cell boundary differently (a code span, a link, an
/// autolink or bare address with a pipe in it), and that ends at a blank line or the end of the text. Such a table parses
/// as the same rows with the same cells however its rows are grouped. Both passes over a document feed the same lines, so
/// the table numbers agree.
/// </summary>
internal sealed class PipeTableLines
{
    private string? _candidate;
    private int _columns;
    private bool _previousBlank = true;

    /// <summary>The number of the table the last line belongs to (from 0), counting every table found so far.</summary>
    public int Table { get; private set; } = -1;

    /// <summary>True while the lines are rows of a table.</summary>
    public bool InTable { get; private set; }

    /// <summary>The current table's header and delimiter lines, which a part that continues the table starts with.</summary>
    public string Head { get; private set; } = "";

    /// <summary>Whether each table found so far can be parsed in groups of rows (see the class summary).</summary>
    public List<bool> Groupable { get; } = [];

    /// <summary>Takes the next line (with its '\n'); true when it is a body row of a table.</summary>
    public bool Next(string line)
    {
        var blank = line is "\n";
        var row = false;
        if (InTable)
        {
            if (line.StartsWith('|'))
            {
                row = true;
                if (Pipes(line) != _columns)
                {
                    Groupable[Table] = false;
                }
            }
            else
            {
                InTable = false;
                if (!blank)
                {
                    // The paragraph goes on below the table: leave it whole.
                    Groupable[Table] = false;
                }
            }
        }
        else if (_candidate is not null && IsDelimiterRow(line))
        {
            var columns = Pipes(_candidate);
            Table++;
            InTable = true;
            Head = _candidate + line;
            _columns = columns;
            Groupable.Add(columns > 0 && Pipes(line) == columns);
        }

        _candidate = !InTable && _previousBlank && line.StartsWith('|') ? line : null;
        _previousBlank = blank;
        return row;
    }

    private static bool IsDelimiterRow(string line)
    {
        var text = line.AsSpan().TrimEnd('\n');
        return text.Length > 2 && text[0] == '|' && text[^1] == '|' && text.Contains('-') && text.IndexOfAnyExcept("|-: ") < 0;
    }

    // The cell boundaries of a row: unescaped pipes; -1 when the row does not start and end with one, or holds something
    // that could change how it splits.
    private static int Pipes(string line)
    {
        var text = line.AsSpan().TrimEnd('\n');
        if (text.Length < 2 || text[0] != '|' || text[^1] != '|' || IsEscaped(text, text.Length - 1))
        {
            return -1;
        }

        var pipes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsEscaped(text, i))
            {
                continue;
            }

            switch (c)
            {
                case '|':
                    pipes++;
                    break;
                case '`' or '[' or ']':
                    return -1;
                case '<':
                    // An autolink (<https://…>) is one inline; a pipe inside it would not be a boundary.
                    var end = text[i..].IndexOf('>');
                    if (end < 0 || text.Slice(i, end).Contains('|'))
                    {
                        return -1;
                    }

                    i += end;
                    break;
            }
        }

        // A bare address (the autolink extension) with a pipe in it could be one link.
        foreach (var marker in (ReadOnlySpan<string>)["://", "www."])
        {
            for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = Next(text, at, marker))
            {
                var word = text[at..];
                var space = word.IndexOfAny(' ', '\t');
                if ((space < 0 ? word : word[..space]).Contains('|'))
                {
                    return -1;
                }
            }
        }

        return pipes;
    }

    private static int Next(ReadOnlySpan<char> text, int at, string marker)
    {
        var next = text[(at + 1)..].IndexOf(marker, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    // True when the character at i follows an odd number of backslashes.
    private static bool IsEscaped(ReadOnlySpan<char> text, int i)
    {
        var backslashes = 0;
        for (var j = i - 1; j >= 0 && text[j] == '\\'; j--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }
}
