using Markdig;
using Markdig.Parsers;
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
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .Use<HeadingIdentifiers>()
        .UseAutoLinks()
        .UsePipeTables()
        .Build();

    /// <summary>
    /// A part of a document parsed on its own should not be much smaller than this (characters). Small enough that a part,
    /// and the HTML of a table's rows in it, stay below the large object heap's 85,000 bytes: a part is made, parsed and
    /// dropped at once, and as a large object each one (~160 per record at 10,000 activities with parts of 256 Ki
    /// characters) stayed in memory until the next full collection.
    /// </summary>
    private const int PartCharacters = 1 << 14;

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
    /// The body is given in two parts, <see cref="RenderedHtml.Lead"/> and <see cref="RenderedHtml.Rest"/>: the lead
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
        return new RenderedHtml(lead, rest, headings);
    }

    /// <summary>
    /// Writes the HTML body of a long Markdown document (an Art. 30 record of thousands of activities) into
    /// <paramref name="output"/> without holding the document, its tree or its HTML whole: the text is parsed in parts that
    /// start at a level-2 or level-3 ATX heading after a blank line, each part's blocks written and dropped before the next
    /// is read. At such a line CommonMark closes every open block (paragraph, list, quote), so the parts parse as the whole
    /// would, and heading ids stay unique across parts (one set of ids, as in one document). A document with a fenced code
    /// block or a link reference definition (which reach across blocks) is parsed whole. The bytes equal
    /// <see cref="Render(string)"/>'s <see cref="RenderedHtml.Body"/>. <paramref name="open"/> is called twice: once to look
    /// for those constructs, once to parse.
    /// </summary>
    public static void WriteBody(Func<TextReader> open, TextWriter output) => WriteBody(open, output, PartCharacters);

    /// <summary><see cref="WriteBody(Func{TextReader}, TextWriter)"/> with parts of at least <paramref name="partCharacters"/> characters (tests use small parts).</summary>
    internal static void WriteBody(Func<TextReader> open, TextWriter output, int partCharacters)
    {
        List<bool> groupable;
        using (var scan = open())
        {
            if (ScanForParts(scan) is not { } found)
            {
                using var whole = open();
                output.Write(Render(whole.ReadToEnd()).Body);
                return;
            }

            groupable = found;
        }

        var context = new MarkdownParserContext();
        context.Properties[HeadingIdentifiers.Key] = new HeadingIdSet();
        var parts = new TableParts(output, context);
        var part = new System.Text.StringBuilder();
        var tables = new PipeTableLines();
        // The rows of the current table in the current part: a part ends inside a table only after one of them.
        var (rowsOf, rowsInPart) = (-1, 0);
        using var reader = open();
        var previousBlank = true;
        foreach (var line in Lines(reader))
        {
            var row = tables.Next(line);
            if (tables.Table != rowsOf)
            {
                (rowsOf, rowsInPart) = (tables.Table, 0);
            }

            if (row && rowsInPart > 0 && part.Length >= partCharacters && groupable[tables.Table])
            {
                // A long table (the Art. 30 overview of every activity) is parsed some rows at a time, never as one tree.
                parts.Write(part.ToString(), endsInTable: true);
                part.Clear().Append(tables.Head);
                rowsInPart = 0;
            }
            else if (part.Length >= partCharacters && previousBlank && StartsPart(line))
            {
                parts.Write(part.ToString(), endsInTable: false);
                part.Clear();
                rowsInPart = 0;
            }

            part.Append(line);
            rowsInPart += row ? 1 : 0;
            previousBlank = line is "\n";
        }

        if (part.Length > 0)
        {
            parts.Write(part.ToString(), endsInTable: false);
        }

        output.Flush();
    }

    private static bool StartsPart(string line) =>
        line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal);

    // Fenced code blocks and link reference definitions reach across headings; register text cannot write them (the
    // encoder escapes backticks, tildes and "]:"), an organisation's template might: then null, the document is parsed
    // whole. Otherwise which of its pipe tables can be parsed some rows at a time (PipeTableLines).
    private static List<bool>? ScanForParts(TextReader reader)
    {
        var tables = new PipeTableLines();
        foreach (var line in Lines(reader))
        {
            var text = line.AsSpan().TrimStart(' ');
            if (text.StartsWith("```") || text.StartsWith("~~~") || (text.StartsWith("[") && text.Contains("]:", StringComparison.Ordinal)))
            {
                return null;
            }

            tables.Next(line);
        }

        return tables.Groupable;
    }

    // The lines of a text, each with its '\n' (the last one without, if the text does not end in one); only '\n' ends a line.
    private static IEnumerable<string> Lines(TextReader reader)
    {
        var line = new System.Text.StringBuilder();
        var buffer = new char[1 << 14];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '\n')
                {
                    line.Append(buffer, start, i + 1 - start);
                    yield return line.ToString();
                    line.Clear();
                    start = i + 1;
                }
            }

            line.Append(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
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

    internal static void NeutraliseLinks(MarkdownDocument document)
    {
        // Found first: the loop changes the tree it walks.
        foreach (var link in InlinesOf<LinkInline>(document))
        {
            if (!link.IsImage && (MarkdownTextEncoder.IsAllowedTarget(link.Url ?? "") || IsPageAnchor(link.Url ?? "")))
            {
                continue;
            }

            var text = new LiteralInline(PlainText(link));
            link.ReplaceBy(text);
        }

        foreach (var link in InlinesOf<AutolinkInline>(document))
        {
            var target = link.IsEmail ? "mailto:" + link.Url : link.Url;
            if (!MarkdownTextEncoder.IsAllowedTarget(target))
            {
                link.ReplaceBy(new LiteralInline(link.Url));
            }
        }
    }

    // The inlines of type T in a document, in document order (each before what it contains): what Markdig's
    // Descendants<T>() finds, without its nested iterators (most of the time this took, for a document without a link).
    private static List<T> InlinesOf<T>(ContainerBlock container, List<T>? found = null)
        where T : Inline
    {
        found ??= [];
        foreach (var block in container)
        {
            switch (block)
            {
                case LeafBlock { Inline: { } inline }:
                    InlinesOf(inline, found);
                    break;
                case ContainerBlock children:
                    InlinesOf(children, found);
                    break;
            }
        }

        return found;
    }

    private static void InlinesOf<T>(ContainerInline container, List<T> found)
        where T : Inline
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is T match)
            {
                found.Add(match);
            }

            if (inline is ContainerInline children)
            {
                InlinesOf(children, found);
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
        AppendPlainText(container, text);
        return text.ToString();
    }

    // The text of the inlines under a container, in document order.
    private static void AppendPlainText(ContainerInline container, System.Text.StringBuilder text)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
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
                case ContainerInline children:
                    AppendPlainText(children, text);
                    break;
            }
        }
    }
}
