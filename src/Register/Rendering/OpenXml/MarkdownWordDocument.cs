using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Register.Rendering.OpenXml;

/// <summary>
/// Turns a document's canonical Markdown (as the notices are rendered) into Word content: # becomes the title, ##, ###
/// and #### Heading 2, 3 and 4 (the levels of the HTML page, each with a bookmark for its anchor), lists real Word lists,
/// pipe tables tables, **bold** and *italic* stay, links are hyperlinks that also show their address where the text is not it.
/// </summary>
public static class MarkdownWordDocument
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();

    /// <summary>Appends the Markdown's blocks to <paramref name="docx"/>.</summary>
    public static DocxWriter Append(DocxWriter docx, string markdown) => Append(docx, Markdown.Parse(markdown, Pipeline));

    /// <summary>Appends the blocks of an already parsed document (a notice's one Markdig tree, shared with its HTML); only reads it.</summary>
    public static DocxWriter Append(DocxWriter docx, MarkdownDocument document)
    {
        foreach (var block in document)
        {
            AppendBlock(docx, block, listDepth: 0);
        }

        return docx;
    }

    private static void AppendBlock(DocxWriter docx, Block block, int listDepth)
    {
        switch (block)
        {
            case HeadingBlock heading:
                if (heading.Level == 1)
                {
                    docx.Paragraph(Runs(heading.Inline), DocxStyles.Title);
                }
                else
                {
                    docx.Heading(heading.Level, Runs(heading.Inline), heading.TryGetAttributes()?.Id);
                }

                break;
            case ParagraphBlock paragraph:
                docx.Paragraph(Runs(paragraph.Inline), listDepth switch { 0 => null, 1 => DocxStyles.ListParagraph, _ => DocxStyles.ListParagraph2 });
                break;
            case ListBlock list:
                var numbering = list.IsOrdered
                    ? docx.NumberedList(int.TryParse(list.OrderedStart, out var start) ? start : 1)
                    : DocxWriter.BulletList;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var first = true;
                    foreach (var child in item)
                    {
                        if (first && child is ParagraphBlock p)
                        {
                            docx.ListItem(Runs(p.Inline), numbering, listDepth);
                        }
                        else
                        {
                            AppendBlock(docx, child, listDepth + 1);
                        }

                        first = false;
                    }
                }

                break;
            case Table table:
                var rows = table.OfType<TableRow>().ToList();
                var header = rows.FirstOrDefault(r => r.IsHeader);
                var cells = rows.Where(r => !r.IsHeader)
                    .Select(r => (IReadOnlyList<string>)r.OfType<TableCell>().Select(CellText).ToList())
                    .ToList();
                var columns = Math.Max(header?.Count ?? 0, cells.Select(c => c.Count).DefaultIfEmpty(0).Max());
                docx.Table(
                    header?.OfType<TableCell>().Select(CellText).ToList() ?? Enumerable.Repeat("", columns).ToList(),
                    cells.Select(c => (IReadOnlyList<string>)c.Concat(Enumerable.Repeat("", columns - c.Count)).ToList()).ToList(),
                    Enumerable.Repeat(1.0, columns).ToList());
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    AppendBlock(docx, child, listDepth);
                }

                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                docx.Paragraph(leaf.Lines.ToString(), DocxStyles.Note);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendBlock(docx, child, listDepth);
                }

                break;
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join("\n", cell.OfType<ParagraphBlock>().Select(p => string.Concat(Runs(p.Inline).Select(r => r.Text))));

    private static List<DocxRun> Runs(ContainerInline? inlines, bool bold = false, bool italic = false)
    {
        var runs = new List<DocxRun>();
        if (inlines is null)
        {
            return runs;
        }

        var joinNext = false;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LiteralInline literal when joinNext:
                    Append(runs, new DocxRun(literal.Content.ToString(), bold, italic));
                    break;
                case LiteralInline literal:
                    runs.Add(new DocxRun(literal.Content.ToString(), bold, italic));
                    break;
                case CodeInline code:
                    runs.Add(new DocxRun(code.Content, bold, italic));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(new DocxRun(lineBreak.IsHard ? "\n" : " ", bold, italic));
                    break;
                case AutolinkInline autolink:
                    runs.Add(new DocxRun(autolink.Url, bold, italic));
                    break;
                case LinkInline { IsAutoLink: true } autolink:
                    // A bare address the shared parse recognised as a link: its text within the surrounding run, which
                    // the writer makes a hyperlink as it does every bare address.
                    Append(runs, new DocxRun(string.Concat(Runs(autolink, bold, italic).Select(r => r.Text)), bold, italic));
                    joinNext = true;
                    continue;
                case LinkInline link:
                    var url = link.Url ?? "";
                    var linked = url.Length > 0 && (MarkdownHtml.IsPageAnchor(url) || DocxLinks.IsExternal(url)) ? url : null;
                    var text = Runs(link, bold, italic).Select(r => r with { Link = linked }).ToList();
                    runs.AddRange(text);
                    var shown = string.Concat(text.Select(r => r.Text));
                    if (url.Length > 0 && !MarkdownHtml.IsPageAnchor(url) && !string.Equals(shown, url, StringComparison.Ordinal) && !string.Equals("mailto:" + shown, url, StringComparison.Ordinal)
                        && !string.Equals("tel:" + shown.Replace(" ", "", StringComparison.Ordinal), url, StringComparison.Ordinal))
                    {
                        // The address stays readable on paper.
                        runs.Add(new DocxRun(" (", bold, italic));
                        runs.Add(new DocxRun(url, bold, italic, linked));
                        runs.Add(new DocxRun(")", bold, italic));
                    }

                    break;
                case EmphasisInline emphasis:
                    runs.AddRange(Runs(emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1));
                    break;
                case ContainerInline container:
                    runs.AddRange(Runs(container, bold, italic));
                    break;
            }

            joinNext = false;
        }

        return runs;
    }

    private static void Append(List<DocxRun> runs, DocxRun run)
    {
        if (runs.Count > 0 && runs[^1] is var last && last.Bold == run.Bold && last.Italic == run.Italic && last.Link == run.Link)
        {
            runs[^1] = last with { Text = last.Text + run.Text };
        }
        else
        {
            runs.Add(run);
        }
    }
}
