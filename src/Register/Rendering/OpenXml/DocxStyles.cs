using System.Globalization;

namespace Register.Rendering.OpenXml;

/// <summary>
/// The Word styles of generated documents. Built-in style ids and names (Title, heading 1, …) so Word and LibreOffice
/// treat them as their own: headings appear in the navigation pane and a table of contents picks them up.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string TableTextSmall = "TableTextSmall";
    public const string TableHeadingSmall = "TableHeadingSmall";
    public const string Note = "Note";
    public const string ListParagraph = "ListParagraph";
    public const string ListParagraph2 = "ListParagraph2";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string TableGrid = "TableGrid";
    public const string Hyperlink = "Hyperlink";

    /// <summary>The style of a heading at an HTML level: h2 → Heading2, h3 → Heading3, h4 (and below) → Heading4.</summary>
    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, 4)}";

    /// <summary>Writes the styles part's content (inside <c>w:styles</c>) in the schema's order, as the element objects did.</summary>
    public static void Write(WordXml xml, string language)
    {
        xml.Start("docDefaults");
        xml.Start("rPrDefault");
        xml.Start("rPr");
        xml.Start("rFonts");
        xml.Attribute("ascii", "Calibri");
        xml.Attribute("hAnsi", "Calibri");
        xml.Attribute("eastAsia", "Calibri");
        xml.Attribute("cs", "Calibri");
        xml.End();
        xml.Empty("sz", "val", "20");
        xml.Empty("szCs", "val", "20");
        xml.Start("lang");
        xml.Attribute("val", language);
        xml.Attribute("eastAsia", language);
        xml.Attribute("bidi", language);
        xml.End();
        xml.End();
        xml.End();
        xml.Start("pPrDefault");
        xml.Start("pPr");
        xml.Start("spacing");
        xml.Attribute("after", "120");
        xml.Attribute("line", "264");
        xml.Attribute("lineRule", "auto");
        xml.End();
        xml.End();
        xml.End();
        xml.End();

        Paragraph(xml, "Normal", "Normal", null, isDefault: true);
        Paragraph(xml, Title, "Title", "Normal", spacingBefore: 0, spacingAfter: 240, size: 48, bold: true, color: "1F3864", keepNext: true);
        Paragraph(xml, Subtitle, "Subtitle", "Normal", spacingAfter: 360, size: 28, color: "404040", keepNext: true);
        Paragraph(xml, "Heading1", "heading 1", "Normal", spacingBefore: 360, spacingAfter: 120, size: 32, bold: true, color: "1F3864", outline: 0, keepNext: true);
        Paragraph(xml, "Heading2", "heading 2", "Normal", spacingBefore: 240, spacingAfter: 120, size: 26, bold: true, color: "2F5496", outline: 1, keepNext: true);
        Paragraph(xml, "Heading3", "heading 3", "Normal", spacingBefore: 200, spacingAfter: 80, size: 22, bold: true, color: "2F5496", outline: 2, keepNext: true);
        Paragraph(xml, "Heading4", "heading 4", "Normal", spacingBefore: 160, spacingAfter: 60, size: 20, bold: true, color: "404040", outline: 3, keepNext: true);
        Paragraph(xml, TableText, "Table Text", "Normal", spacingAfter: 40, size: 18);
        Paragraph(xml, TableHeading, "Table Heading", TableText, spacingAfter: 40, size: 18, bold: true);
        Paragraph(xml, TableTextSmall, "Table Text Small", TableText, spacingAfter: 40, size: 16);
        Paragraph(xml, TableHeadingSmall, "Table Heading Small", TableTextSmall, spacingAfter: 40, size: 16, bold: true);
        Paragraph(xml, Note, "Note", "Normal", spacingAfter: 60, size: 16, color: "595959");
        Paragraph(xml, ListParagraph, "List Paragraph", "Normal", spacingAfter: 60, indent: 567);
        Paragraph(xml, ListParagraph2, "List Paragraph 2", ListParagraph, spacingAfter: 60, indent: 1134);
        Paragraph(xml, Header, "header", "Normal", spacingAfter: 0, size: 16, color: "595959");
        Paragraph(xml, Footer, "footer", "Normal", spacingAfter: 0, size: 16, color: "595959");
        HyperlinkStyle(xml);
        TableStyle(xml);
    }

    private static void Paragraph(
        WordXml xml,
        string id,
        string name,
        string? basedOn,
        bool isDefault = false,
        int? spacingBefore = null,
        int? spacingAfter = null,
        int? size = null,
        bool bold = false,
        string? color = null,
        int? outline = null,
        bool keepNext = false,
        int? indent = null)
    {
        xml.Start("style");
        xml.Attribute("type", "paragraph");
        xml.Attribute("styleId", id);
        if (isDefault)
        {
            xml.Attribute("default", "true");
        }

        xml.Empty("name", "val", name);
        if (basedOn is not null)
        {
            xml.Empty("basedOn", "val", basedOn);
        }

        xml.Empty("qFormat");
        if (keepNext || spacingBefore is not null || spacingAfter is not null || indent is not null || outline is not null)
        {
            xml.Start("pPr");
            if (keepNext)
            {
                xml.Empty("keepNext");
            }

            if (spacingBefore is not null || spacingAfter is not null)
            {
                // Only the attributes that are set: an empty attribute is invalid.
                xml.Start("spacing");
                if (spacingBefore is { } before)
                {
                    xml.Attribute("before", before);
                }

                if (spacingAfter is { } after)
                {
                    xml.Attribute("after", after);
                }

                xml.End();
            }

            if (indent is { } left)
            {
                // The text's indent: a list item's bullet or number hangs out of it (the numbering definition's indent, DocxNumbering),
                // a further paragraph of the item lines up with its text.
                xml.Empty("ind", "left", left.ToString(CultureInfo.InvariantCulture));
            }

            if (outline is { } level)
            {
                xml.Empty("outlineLvl", "val", level.ToString(CultureInfo.InvariantCulture));
            }

            xml.End();
        }

        if (bold || color is not null || size is not null)
        {
            xml.Start("rPr");
            if (bold)
            {
                xml.Empty("b");
                xml.Empty("bCs");
            }

            if (color is not null)
            {
                xml.Empty("color", "val", color);
            }

            if (size is { } points)
            {
                var half = points.ToString(CultureInfo.InvariantCulture);
                xml.Empty("sz", "val", half);
                xml.Empty("szCs", "val", half);
            }

            xml.End();
        }

        xml.End();
    }

    // Word's built-in character style for links: blue and underlined.
    private static void HyperlinkStyle(WordXml xml)
    {
        StartStyle(xml, "character", Hyperlink, "Hyperlink", uiPriority: "99");
        xml.Start("rPr");
        xml.Empty("color", "val", "0563C1");
        xml.Empty("u", "val", "single");
        xml.End();
        xml.End();
    }

    private static void TableStyle(WordXml xml)
    {
        StartStyle(xml, "table", TableGrid, "Table Grid", uiPriority: "59");
        xml.Start("tblPr");
        xml.Start("tblBorders");
        foreach (var side in (ReadOnlySpan<string>)["top", "left", "bottom", "right", "insideH", "insideV"])
        {
            xml.Start(side);
            xml.Attribute("val", "single");
            xml.Attribute("color", "A6A6A6");
            xml.Attribute("sz", 4);
            xml.Attribute("space", 0);
            xml.End();
        }

        xml.End();
        xml.Start("tblCellMar");
        foreach (var (side, width) in (ReadOnlySpan<(string, int)>)[("top", 40), ("left", 80), ("bottom", 40), ("right", 80)])
        {
            xml.Start(side);
            xml.Attribute("w", width);
            xml.Attribute("type", "dxa");
            xml.End();
        }

        xml.End();
        xml.End();
        xml.End();
    }

    // A style's start tag, name and priority; the caller writes the rest and ends it.
    private static void StartStyle(WordXml xml, string type, string id, string name, string uiPriority)
    {
        xml.Start("style");
        xml.Attribute("type", type);
        xml.Attribute("styleId", id);
        xml.Empty("name", "val", name);
        xml.Empty("uiPriority", "val", uiPriority);
    }
}
