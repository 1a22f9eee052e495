namespace Register.Rendering.OpenXml;

/// <summary>A stretch of text with one formatting, for paragraphs that mix plain, bold and italic text.</summary>
/// <param name="Text">The text; line breaks and tabs are kept.</param>
/// <param name="Bold">Whether it is bold.</param>
/// <param name="Italic">Whether it is italic.</param>
/// <param name="Link">Where the text links to: an http(s) or mailto address (a hyperlink relationship), or "#anchor" for a
/// heading of the same document (a bookmark); null for plain text, in which bare addresses are still made links.</param>
public sealed record DocxRun(string Text, bool Bold = false, bool Italic = false, string? Link = null);
