namespace Register.Rendering;

/// <summary>One template or phrase file: its path under templates/ ('/'-separated), where a user sees it, and its bytes.</summary>
public sealed record TemplateFile(string Path, string DisplayPath, byte[] Content)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);
}
