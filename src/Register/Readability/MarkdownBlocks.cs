using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Register.Readability;

/// <summary>The text a reader reads in a Markdown document, one string per paragraph, heading, list item or table cell.</summary>
public static class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UsePipeTables().Build();

    public static IReadOnlyList<string> Of(string markdown) => Of(Markdown.Parse(markdown, Pipeline));

    /// <summary>The blocks of an already parsed document (a notice's one Markdig tree); only reads it.</summary>
    public static IReadOnlyList<string> Of(MarkdownDocument document)
    {
        var blocks = new List<string>();
        var text = new StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null)
            {
                continue;
            }

            var block = Text(leaf.Inline, text.Clear());
            if (!string.IsNullOrWhiteSpace(block))
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }

    private static string Text(ContainerInline inline, StringBuilder text)
    {
        foreach (var node in inline.Descendants<Inline>())
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
            }
        }

        return text.ToString();
    }
}
