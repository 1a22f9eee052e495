using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Register.Tests.Rendering.OpenXml;

/// <summary>A stable text rendering of DOCX and XLSX content for approval tests: properties, paragraphs with their styles, tables, cells.</summary>
internal static class OfficeText
{
    public static string Workbook(byte[] bytes)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sb = new StringBuilder();
        Properties(sb, package);
        var workbook = package.WorkbookPart!;
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<S.Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var ws = part.Worksheet;
            var pane = ws.Descendants<S.Pane>().FirstOrDefault();
            sb.AppendLine(CultureInfo.InvariantCulture, $"## sheet {sheet.Name}: frozen={pane?.State?.InnerText ?? "none"} at {pane?.TopLeftCell}; autofilter={ws.Elements<S.AutoFilter>().FirstOrDefault()?.Reference}");
            sb.AppendLine("widths: " + string.Join(" ", ws.Descendants<S.Column>().Select(c => c.Width!.Value.ToString(CultureInfo.InvariantCulture))));
            var setup = ws.GetFirstChild<S.PageSetup>();
            var titles = workbook.Workbook.DefinedNames?.Elements<S.DefinedName>().FirstOrDefault(d => d.Name == "_xlnm.Print_Titles" && d.LocalSheetId?.Value == workbook.Workbook.Sheets!.Elements<S.Sheet>().ToList().IndexOf(sheet))?.Text;
            sb.AppendLine(CultureInfo.InvariantCulture, $"print: {setup?.Orientation?.InnerText} fitToPage={ws.SheetProperties?.PageSetupProperties?.FitToPage?.Value} fitToWidth={setup?.FitToWidth?.Value} fitToHeight={setup?.FitToHeight?.Value} titles={titles}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"header: {ws.GetFirstChild<S.HeaderFooter>()?.OddHeader?.Text}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"footer: {ws.GetFirstChild<S.HeaderFooter>()?.OddFooter?.Text}");
            foreach (var row in ws.Descendants<S.Row>())
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"row {row.RowIndex} height={row.Height?.Value}");
                foreach (var cell in row.Elements<S.Cell>())
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"{cell.CellReference} [s{cell.StyleIndex}] {Escape(cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "")}");
                }
            }
        }

        return sb.ToString();
    }

    public static string Document(byte[] bytes)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var sb = new StringBuilder();
        Properties(sb, package);
        var main = package.MainDocumentPart!;
        foreach (var header in main.HeaderParts.OrderBy(p => main.GetIdOfPart(p), StringComparer.Ordinal))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"## header {main.GetIdOfPart(header)}");
            Block(sb, header.Header!, "", new Dictionary<string, string>());
        }

        foreach (var footer in main.FooterParts.OrderBy(p => main.GetIdOfPart(p), StringComparer.Ordinal))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"## footer {main.GetIdOfPart(footer)}");
            Block(sb, footer.Footer!, "", new Dictionary<string, string>());
        }

        sb.AppendLine("## body");
        var links = main.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.OriginalString, StringComparer.Ordinal);
        Block(sb, main.Document.Body!, "", links);
        return sb.ToString();
    }

    /// <summary>The validator's errors, one per line, empty when the file is valid.</summary>
    public static IReadOnlyList<string> ValidationErrors(OpenXmlPackage package) =>
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

    private static void Block(StringBuilder sb, OpenXmlElement container, string indent, IReadOnlyDictionary<string, string> links)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case W.Paragraph p:
                    var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
                    var section = p.ParagraphProperties?.SectionProperties is { } inner ? " " + Section(inner) : "";
                    var pageBreak = p.Descendants<W.Break>().Any(b => b.Type?.Value == W.BreakValues.Page) ? " <page break>" : "";
                    var list = p.ParagraphProperties?.NumberingProperties is { } numbering ? $" <list {numbering.NumberingId?.Val}.{numbering.NumberingLevelReference?.Val}>" : "";
                    var bookmark = p.Elements<W.BookmarkStart>().FirstOrDefault() is { } start ? $" <bookmark {start.Name}>" : "";
                    sb.AppendLine(CultureInfo.InvariantCulture, $"{indent}[{style}]{list}{bookmark} {Escape(ParagraphText(p, links))}{pageBreak}{section}");
                    break;
                case W.Table t:
                    var widths = t.GetFirstChild<W.TableGrid>()?.Elements<W.GridColumn>().Select(g => g.Width?.Value) ?? [];
                    sb.AppendLine(CultureInfo.InvariantCulture, $"{indent}<table style={t.GetFirstChild<W.TableProperties>()?.TableStyle?.Val} grid={string.Join(",", widths)}>");
                    foreach (var row in t.Elements<W.TableRow>())
                    {
                        var header = row.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null ? " (header)" : "";
                        sb.AppendLine(CultureInfo.InvariantCulture, $"{indent}  <row{header}>");
                        foreach (var cell in row.Elements<W.TableCell>())
                        {
                            sb.AppendLine($"{indent}    <cell>");
                            Block(sb, cell, indent + "      ", links);
                        }
                    }

                    break;
                case W.SectionProperties s:
                    sb.AppendLine(CultureInfo.InvariantCulture, $"{indent}{Section(s)}");
                    break;
            }
        }
    }

    // The paragraph's text; a hyperlink as [text](target), its target from the relationship or the bookmark it goes to.
    private static string ParagraphText(OpenXmlElement p, IReadOnlyDictionary<string, string> links)
    {
        var sb = new StringBuilder();
        foreach (var child in p.ChildElements)
        {
            if (child is W.Hyperlink link)
            {
                var target = link.Id?.Value is { } id ? links.GetValueOrDefault(id, "?" + id) : "#" + link.Anchor?.Value;
                sb.Append('[').Append(RunText(link)).Append("](").Append(target).Append(')');
            }
            else
            {
                sb.Append(RunText(child));
            }
        }

        return sb.ToString();
    }

    private static string RunText(OpenXmlElement element)
    {
        var sb = new StringBuilder();
        foreach (var e in new[] { element }.Concat(element.Descendants()))
        {
            switch (e)
            {
                case W.Text t: sb.Append(t.Text); break;
                case W.TabChar: sb.Append("\\t"); break;
                case W.Break b when b.Type is null: sb.Append("\\n"); break;
                case W.SimpleField f: sb.Append(CultureInfo.InvariantCulture, $"{{{f.Instruction?.Value?.Trim()}}}"); break;
                case W.FieldCode c: sb.Append(CultureInfo.InvariantCulture, $"{{{c.Text.Trim()}}}"); break;
            }
        }

        return sb.ToString();
    }

    private static string Section(W.SectionProperties s)
    {
        var size = s.GetFirstChild<W.PageSize>();
        var refs = s.Elements<W.HeaderReference>().Select(h => $"header {h.Type?.InnerText}={h.Id}")
            .Concat(s.Elements<W.FooterReference>().Select(f => $"footer {f.Type?.InnerText}={f.Id}"));
        return $"<section {size?.Width}x{size?.Height} {size?.Orient?.InnerText ?? "portrait"}; {string.Join(", ", refs)}>";
    }

    private static void Properties(StringBuilder sb, OpenXmlPackage package)
    {
        var p = package.PackageProperties;
        sb.AppendLine(CultureInfo.InvariantCulture, $"title: {p.Title}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"subject: {p.Subject}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"language: {p.Language}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"creator: {p.Creator}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"version: {p.Version}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"created: {p.Created?.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}");
        sb.AppendLine("parts: " + string.Join(" ", package.GetAllParts().Select(x => x.Uri.ToString()).Order(StringComparer.Ordinal)));
    }

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);
}
