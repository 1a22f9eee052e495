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
    public static RenderedHtml Render(string markdown) => Render(Parse(markdown));

    /// <summary>
    /// Parses Markdown once into the tree every format of a document is written from: links and images to anything but
    /// http(s), mailto, tel and an anchor in the page (#id) reduced to their text, and each heading that matches one of
    /// <paramref name="anchors"/> (level and text; each used once, in document order) given that anchor instead of one made
    /// from its text. Headings keep unique ids: a made-up id that repeats a given one gets a suffix.
    /// </summary>
    public static MarkdownDocument Parse(string markdown, IReadOnlyList<HeadingAnchor>? anchors = null)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        NeutraliseLinks(document);
        if (anchors is { Count: > 0 })
        {
            SetAnchors(document, anchors);
        }

        return document;
    }

    /// <summary>The HTML of a parsed document (see <see cref="Parse"/>); the document is only read.</summary>
    /// <remarks>
    /// The body is also given in two parts, <see cref="RenderedHtml.Lead"/> and <see cref="RenderedHtml.Rest"/>: the lead
    /// runs up to the first level-2 heading that is not the first layer's (anchor <c>summary</c>), so a page can put its
    /// table of contents after the title and the first layer.
    /// </remarks>
    public static RenderedHtml Render(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3)
            .Select(h => new HtmlHeading(h.Level, h.GetAttributes().Id ?? "", PlainText(h.Inline)))
            .ToList();

        var split = 0;
        while (split < document.Count && !(document[split] is HeadingBlock { Level: 2 } heading && heading.GetAttributes().Id != SummaryAnchor))
        {
            split++;
        }

        var lead = RenderBlocks(document, 0, split);
        var rest = RenderBlocks(document, split, document.Count);
        return new RenderedHtml(lead + rest, headings) { Lead = lead, Rest = rest };
    }

    /// <summary>The anchor of a notice's first layer, which belongs to the lead of the page.</summary>
    public const string SummaryAnchor = "summary";

    private static string RenderBlocks(MarkdownDocument document, int from, int to)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        for (var i = from; i < to; i++)
        {
            renderer.Render(document[i]);
        }

        writer.Flush();
        return writer.ToString();
    }

    private static void SetAnchors(MarkdownDocument document, IReadOnlyList<HeadingAnchor> anchors)
    {
        var queues = anchors
            .GroupBy(a => (a.Level, a.Text))
            .ToDictionary(g => g.Key, g => new Queue<string>(g.Select(a => a.Anchor)));
        var headings = document.Descendants<HeadingBlock>().ToList();
        var given = new HashSet<HeadingBlock>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            if (queues.TryGetValue((heading.Level, PlainText(heading.Inline)), out var queue) && queue.Count > 0)
            {
                var anchor = queue.Dequeue();
                heading.GetAttributes().Id = anchor;
                given.Add(heading);
                used.Add(anchor);
            }
        }

        foreach (var heading in headings.Where(h => !given.Contains(h)))
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not { Length: > 0 } id || used.Add(id))
            {
                continue;
            }

            var n = 2;
            while (!used.Add($"{id}-{n}"))
            {
                n++;
            }

            attributes.Id = $"{id}-{n}";
        }
    }

    private static void NeutraliseLinks(MarkdownDocument document)
    {
        // Materialise first: the loop changes the tree it walks.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!link.IsImage && (MarkdownTextEncoder.IsAllowedTarget(link.Url ?? "") || IsPageAnchor(link.Url ?? "")))
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

    /// <summary>True for a link to an anchor in the same page, "#id" (letters, digits, '-' and '_'), which templates write.</summary>
    public static bool IsPageAnchor(string target) =>
        target.Length > 1 && target[0] == '#' && target.AsSpan(1).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") < 0;

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
