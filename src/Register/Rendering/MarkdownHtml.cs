using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Register.Rendering;

/// <summary>
/// Turns the canonical Markdown of a document into HTML with one Markdig pipeline, built once: raw HTML is shown as text,
/// headings get GitHub-style anchors, and links or images to anything but http(s), mailto and tel are reduced to their text.
/// Pipe tables are on for templates (the Art. 30 overview); register text cannot open one, as the encoder escapes its pipes.
/// </summary>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UsePipeTables()
        .Build();

    /// <summary>The HTML of a Markdown document and its level-2 and level-3 headings (for a table of contents).</summary>
    public static RenderedHtml Render(string markdown, IReadOnlyDictionary<string, string>? anchors = null) =>
        Render(Parse(markdown, anchors));

    /// <summary>
    /// Parses Markdown once into the tree every format of a document is written from: links and images to anything but
    /// http(s), mailto and tel reduced to their text, and each level-2 heading whose text is a key of
    /// <paramref name="anchors"/> given that anchor (a section id from the register) instead of one made from its text.
    /// </summary>
    public static MarkdownDocument Parse(string markdown, IReadOnlyDictionary<string, string>? anchors = null)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        NeutraliseLinks(document);
        if (anchors is not null)
        {
            foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 2))
            {
                if (anchors.TryGetValue(PlainText(heading.Inline), out var anchor))
                {
                    heading.GetAttributes().Id = anchor;
                }
            }
        }

        return document;
    }

    /// <summary>The HTML of a parsed document (see <see cref="Parse"/>); the document is only read.</summary>
    public static RenderedHtml Render(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3)
            .Select(h => new HtmlHeading(h.Level, h.GetAttributes().Id ?? "", PlainText(h.Inline)))
            .ToList();

        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedHtml(writer.ToString(), headings);
    }

    private static void NeutraliseLinks(MarkdownDocument document)
    {
        // Materialise first: the loop changes the tree it walks.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!link.IsImage && MarkdownTextEncoder.IsAllowedTarget(link.Url ?? ""))
            {
                continue;
            }

            var text = new LiteralInline(PlainText(link));
            link.ReplaceBy(text);
        }

        foreach (var link in document.Descendants<AutolinkInline>().ToList())
        {
            var target = link.IsEmail ? "mailto:" + link.Url : link.Url;
            if (!MarkdownTextEncoder.IsAllowedTarget(target))
            {
                link.ReplaceBy(new LiteralInline(link.Url));
            }
        }
    }

    private static string PlainText(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
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
            }
        }

        return text.ToString();
    }
}
