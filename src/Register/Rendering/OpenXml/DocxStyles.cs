using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

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

    public static Styles Build(string language)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "20" },
                    new FontSizeComplexScript { Val = "20" },
                    new Languages { Val = language, EastAsia = language, Bidi = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(
            Paragraph("Normal", "Normal", null, isDefault: true),
            Paragraph(Title, "Title", "Normal", spacingBefore: 0, spacingAfter: 240, size: 48, bold: true, color: "1F3864", keepNext: true),
            Paragraph(Subtitle, "Subtitle", "Normal", spacingAfter: 360, size: 28, color: "404040", keepNext: true),
            Paragraph("Heading1", "heading 1", "Normal", spacingBefore: 360, spacingAfter: 120, size: 32, bold: true, color: "1F3864", outline: 0, keepNext: true),
            Paragraph("Heading2", "heading 2", "Normal", spacingBefore: 240, spacingAfter: 120, size: 26, bold: true, color: "2F5496", outline: 1, keepNext: true),
            Paragraph("Heading3", "heading 3", "Normal", spacingBefore: 200, spacingAfter: 80, size: 22, bold: true, color: "2F5496", outline: 2, keepNext: true),
            Paragraph("Heading4", "heading 4", "Normal", spacingBefore: 160, spacingAfter: 60, size: 20, bold: true, color: "404040", outline: 3, keepNext: true),
            Paragraph(TableText, "Table Text", "Normal", spacingAfter: 40, size: 18),
            Paragraph(TableHeading, "Table Heading", TableText, spacingAfter: 40, size: 18, bold: true),
            Paragraph(TableTextSmall, "Table Text Small", TableText, spacingAfter: 40, size: 16),
            Paragraph(TableHeadingSmall, "Table Heading Small", TableTextSmall, spacingAfter: 40, size: 16, bold: true),
            Paragraph(Note, "Note", "Normal", spacingAfter: 60, size: 16, color: "595959"),
            Paragraph(ListParagraph, "List Paragraph", "Normal", spacingAfter: 60, indent: 567),
            Paragraph(ListParagraph2, "List Paragraph 2", ListParagraph, spacingAfter: 60, indent: 1134),
            Paragraph(Header, "header", "Normal", spacingAfter: 0, size: 16, color: "595959"),
            Paragraph(Footer, "footer", "Normal", spacingAfter: 0, size: 16, color: "595959"),
            HyperlinkStyle(),
            TableStyle());
        return styles;
    }

    private static Style Paragraph(
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
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext());
        }

        if (spacingBefore is not null || spacingAfter is not null)
        {
            // Only the attributes that are set: an empty attribute is invalid.
            var spacing = new SpacingBetweenLines();
            if (spacingBefore is { } before)
            {
                spacing.Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (spacingAfter is { } after)
            {
                spacing.After = after.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            paragraph.Append(spacing);
        }

        if (indent is { } left)
        {
            // The text's indent: a list item's bullet or number hangs out of it (the numbering definition's indent, DocxNumbering),
            // a further paragraph of the item lines up with its text.
            paragraph.Append(new Indentation { Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        if (paragraph.HasChildren)
        {
            style.Append(paragraph);
        }

        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }

        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        if (size is { } points)
        {
            var half = points.ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.Append(new FontSize { Val = half }, new FontSizeComplexScript { Val = half });
        }

        if (run.HasChildren)
        {
            style.Append(run);
        }

        return style;
    }

    // Word's built-in character style for links: blue and underlined.
    private static Style HyperlinkStyle() =>
        new(
            new StyleName { Val = "Hyperlink" },
            new UIPriority { Val = 99 },
            new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
        {
            Type = StyleValues.Character,
            StyleId = Hyperlink,
        };

    private static Style TableStyle()
    {
        static BorderType Line<T>()
            where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Color = "A6A6A6", Space = 0 };

        return new Style(
            new StyleName { Val = "Table Grid" },
            new UIPriority { Val = 59 },
            new StyleTableProperties(
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                    Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = TableGrid,
        };
    }
}
