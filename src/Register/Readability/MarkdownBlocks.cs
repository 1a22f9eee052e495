using System.Buffers;
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
        Read(document, text =>
        {
            if (!text.IsWhiteSpace())
            {
                blocks.Add(text.ToString());
            }
        });
        return blocks;
    }

    /// <summary>
    /// The readability of a parsed document's text (<see cref="TextStatistics"/>), each block measured as it is read:
    /// no string per block, nor a copy of the text.
    /// </summary>
    public static ReadabilityScore Measure(MarkdownDocument document, string language)
    {
        using var measure = new TextMeasure(language);
        Read(document, measure.Add);
        return measure.Score();
    }

    private delegate void BlockReader(ReadOnlySpan<char> text);

    // The text of each leaf block with inlines, in document order, in one pooled buffer reused from block to block.
    private static void Read(MarkdownDocument document, BlockReader read)
    {
        var text = new BlockText();
        try
        {
            Read(document, text, read);
        }
        finally
        {
            text.Release();
        }
    }

    private static void Read(ContainerBlock container, BlockText text, BlockReader read)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case LeafBlock { Inline: { } inline }:
                    text.Clear();
                    Append(inline, text);
                    read(text.Span);
                    break;
                case ContainerBlock children:
                    Read(children, text, read);
                    break;
            }
        }
    }

    // The inlines under a container in document order (each before what it contains), as Markdig's Descendants walks them.
    private static void Append(ContainerInline container, BlockText text)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(" ");
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case ContainerInline children:
                    Append(children, text);
                    break;
            }
        }
    }

    /// <summary>The text of one block, in an array from the shared pool that grows as needed.</summary>
    private sealed class BlockText
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(1 << 12);
        private int _length;

        public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

        public void Clear() => _length = 0;

        public void Append(ReadOnlySpan<char> text)
        {
            if (_length + text.Length > _chars.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + text.Length));
                Span.CopyTo(larger);
                ArrayPool<char>.Shared.Return(_chars);
                _chars = larger;
            }

            text.CopyTo(_chars.AsSpan(_length));
            _length += text.Length;
        }

        public void Release()
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
        }
    }
}
