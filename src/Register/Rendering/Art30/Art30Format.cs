namespace Register.Rendering.Art30;

/// <summary>The file formats an Art. 30 record can be written in.</summary>
public enum Art30Format
{
    Markdown,
    Html,
    Docx,
    Xlsx,
    Csv,
}
