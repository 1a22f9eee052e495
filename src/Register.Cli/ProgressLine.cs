namespace Register.Cli;

/// <summary>
/// One line on standard error, redrawn in place, saying which file a long build is rendering; only where
/// <see cref="CliConsole.ShowsProgress"/> allows it, and erased before anything else is written.
/// </summary>
internal sealed class ProgressLine(TextWriter error) : IProgress<string>
{
    private const int Width = 78;
    private int _count;

    public void Report(string value)
    {
        _count++;
        var text = $"rendering {_count}: {value}";
        if (text.Length > Width)
        {
            text = text[..(Width - 1)] + "…";
        }

        error.Write($"\r{text.PadRight(Width)}");
        error.Flush();
    }

    /// <summary>Erases the line, if one was drawn.</summary>
    public void Clear()
    {
        if (_count > 0)
        {
            error.Write($"\r{new string(' ', Width)}\r");
            error.Flush();
        }
    }
}
