namespace Register.Rendering;

/// <summary>A template that cannot be compiled or rendered; the build turns it into a REG100 diagnostic at <see cref="File"/>.</summary>
public sealed class TemplateException(string file, string message, Exception? inner = null) : Exception(message, inner)
{
    public string File { get; } = file;
}
