namespace Register.Rendering.Notices;

/// <summary>What a <see cref="MarkdownTidyWriter"/> writes, piece by piece.</summary>
public delegate void TidyOutput(ReadOnlySpan<char> text);

/// <summary>
/// <see cref="MarkdownTidy"/>'s rules applied to a text given in any number of pieces, with the same result as on the whole
/// text: each line loses its trailing spaces and tabs (a CR before its LF goes too: CRLF is a line end, a lone CR stays
/// text), blank lines at the start go, a run of blank lines becomes one, and the text ends in exactly one newline. Only
/// the spaces, tabs and CRs at the end of the line being written are held back until it is known whether more follows.
/// A template can write into it as into any writer (<see cref="TemplateEngine.Render(string, object, Views.Localization.PhraseBook, int, TextWriter)"/>);
/// nothing is written after the text until <see cref="Complete"/>.
/// </summary>
public sealed class MarkdownTidyWriter(TidyOutput output) : TextWriter
{
    private static readonly char[] LineBreak = ['\n'];
    private static readonly char[] BlankLine = ['\n', '\n'];

    // Spaces, tabs and CRs after the current line's last other character, not written yet.
    private char[] _held = new char[16];
    private int _heldLength;
    private bool _written;
    private bool _lineStarted;
    private int _blankLines;

    public override System.Text.Encoding Encoding => System.Text.Encoding.Unicode;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <summary>Takes the next piece of the text.</summary>
    public override void Write(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var end = text.IndexOf('\n');
            Line(end < 0 ? text : text[..end]);
            if (end < 0)
            {
                return;
            }

            EndLine();
            text = text[(end + 1)..];
        }
    }

    /// <summary>Ends the text: its last line (which keeps a CR at its end), then the final newline.</summary>
    public void Complete()
    {
        var rest = Held.TrimEnd(" \t");
        if (rest.Length > 0)
        {
            StartLine();
            output(rest);
        }

        output(LineBreak);
    }

    private ReadOnlySpan<char> Held => _held.AsSpan(0, _heldLength);

    // A piece of the current line, without a line break.
    private void Line(ReadOnlySpan<char> piece)
    {
        var last = piece.LastIndexOfAnyExcept(" \t\r");
        if (last >= 0)
        {
            StartLine();
            if (_heldLength > 0)
            {
                output(Held);
                _heldLength = 0;
            }

            output(piece[..(last + 1)]);
            piece = piece[(last + 1)..];
        }

        Hold(piece);
    }

    private void EndLine()
    {
        var rest = Held;
        if (rest.EndsWith('\r'))
        {
            rest = rest[..^1];
        }

        rest = rest.TrimEnd(" \t");
        if (rest.Length > 0)
        {
            StartLine();
            output(rest);
        }

        _blankLines += _lineStarted ? 0 : 1;
        _lineStarted = false;
        _heldLength = 0;
    }

    // Before the first character of a line that is not blank: the line break after the last such line, and one blank line
    // if any came between.
    private void StartLine()
    {
        if (_lineStarted)
        {
            return;
        }

        if (_written)
        {
            output(_blankLines > 0 ? BlankLine : LineBreak);
        }

        _written = true;
        _lineStarted = true;
        _blankLines = 0;
    }

    private void Hold(ReadOnlySpan<char> whitespace)
    {
        if (_heldLength + whitespace.Length > _held.Length)
        {
            Array.Resize(ref _held, Math.Max(_held.Length * 2, _heldLength + whitespace.Length));
        }

        whitespace.CopyTo(_held.AsSpan(_heldLength));
        _heldLength += whitespace.Length;
    }
}
