namespace Register.Rendering.OpenXml;

/// <summary>A stretch of text with one formatting, for paragraphs that mix plain, bold and italic text.</summary>
public sealed record DocxRun(string Text, bool Bold = false, bool Italic = false);
