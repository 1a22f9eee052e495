using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Markdig.Renderers.Html;

namespace Register.Rendering;

/// <summary>
/// Heading ids as Markdig's auto-identifier extension makes them with <c>AutoIdentifierOptions.GitHub</c>: the heading's
/// text without markup, made an anchor as GitHub makes one (<see cref="LinkHelper.UrilizeAsGfm(string)"/>), "section"
/// when that is empty, and a free suffix when the id is taken (<see cref="HeadingIdSet"/>). Markdig's own extension
/// tries every suffix from 1 for each heading, which is quadratic in a notice whose activities repeat the same
/// subheadings ("purposes-and-legal-bases-300"). The parts of one document parsed in parts share one set of ids: put a
/// <see cref="HeadingIdSet"/> in the parser context's properties under <see cref="Key"/>.
/// </summary>
internal sealed class HeadingIdentifiers : IMarkdownExtension
{
    /// <summary>The parser context property with the <see cref="HeadingIdSet"/> that the parts of one document share.</summary>
    public static readonly object Key = new();

    private static readonly object DocumentKey = new();
    private static readonly ProcessInlineDelegate Identify = SetId;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.Find<HeadingBlockParser>()!.Closed += Closed;
        // A setext heading is a paragraph until its underline.
        pipeline.BlockParsers.FindExact<ParagraphBlockParser>()!.Closed += Closed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    // Blocks close before any inline is processed, so the document's ids are in place before the first heading asks.
    private static void Closed(BlockProcessor processor, Block block)
    {
        if (block is not HeadingBlock heading)
        {
            return;
        }

        if (processor.Document.GetData(DocumentKey) is null)
        {
            var shared = processor.Context?.Properties.TryGetValue(Key, out var ids) == true ? ids : null;
            processor.Document.SetData(DocumentKey, shared as HeadingIdSet ?? new HeadingIdSet());
        }

        heading.ProcessInlinesEnd += Identify;
    }

    private static void SetId(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        if (heading.Inline is null)
        {
            return;
        }

        var attributes = heading.GetAttributes();
        if (attributes.Id is not null)
        {
            return;
        }

        var text = LinkHelper.UrilizeAsGfm(PlainText(heading.Inline));
        attributes.Id = ((HeadingIdSet)processor.Document.GetData(DocumentKey)!).Take(string.IsNullOrEmpty(text) ? "section" : text);
    }

    // The heading as an HTML renderer without HTML and without escaping writes it, as Markdig's extension renders it;
    // for a heading of plain text (nearly all) that is the text of its literals.
    private static string PlainText(ContainerInline inline)
    {
        if (inline.FirstChild is LiteralInline { NextSibling: null } only)
        {
            return only.Content.ToString();
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        renderer.Render(inline);
        writer.Flush();
        return writer.ToString();
    }
}
