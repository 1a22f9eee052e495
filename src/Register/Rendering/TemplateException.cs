namespace Register.Rendering;

/// <summary>
/// A template that cannot be compiled or rendered; the build turns it into a REG100 diagnostic at <see cref="File"/>,
/// <see cref="Line"/> and <see cref="Column"/> (1-based, the place in the template Scriban points at).
/// </summary>
public sealed class TemplateException(string file, int line, int column, string message, Exception? inner = null) : Exception(message, inner)
{
    public TemplateException(string file, string message, Exception? inner = null)
        : this(file, 1, 1, message, inner)
    {
    }

    public string File { get; } = file;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
