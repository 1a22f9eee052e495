namespace Register.Rendering.OpenXml;

/// <summary>
/// What every printed page of a workbook shows: the sheet's name, the title and the document's date in the header
/// (the register's, never the day of printing), "page X of Y" in the footer.
/// </summary>
/// <param name="Title">The header's title, e.g. "Register van de verwerkingsactiviteiten – Kompas Incasso B.V.".</param>
/// <param name="Date">The date written out, e.g. "1 november 2026".</param>
/// <param name="Page">The word before the page number ("Pagina").</param>
/// <param name="Of">The word between page number and page count ("van").</param>
public sealed record WorkbookPrint(string Title, string Date, string Page, string Of)
{
    /// <summary>
    /// The odd-page header: the sheet's name left (bold), title and date right, so the two never overlap however long
    /// the title; '&amp;' in the text doubled, as the format needs.
    /// </summary>
    public string Header => $"&L&\"-,Bold\"&A&R{Escape(Title, 120)} · {Escape(Date, 60)}";

    /// <summary>The odd-page footer: "Pagina &amp;P van &amp;N" right.</summary>
    public string Footer => $"&R{Escape(Page, 30)} &P {Escape(Of, 30)} &N";

    // Excel allows 255 characters for a header or footer; a part is cut before that.
    private static string Escape(string text, int max)
    {
        var clean = XmlSafeText.Clean(text).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        clean = clean.Length <= max ? clean : clean[..(max - 1)] + "…";
        return clean.Replace("&", "&&", StringComparison.Ordinal);
    }
}
