using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Register.Rendering;

/// <summary>
/// Writes the HTML of a document's parts (<see cref="MarkdownHtml.WriteBody(Func{TextReader}, TextWriter)"/>), where a
/// part may end inside a pipe table and the next one go on with it: the next part repeats the table's header and
/// delimiter lines, so it parses as a table of the same columns, and only its rows are written. A table cut this way
/// gives the bytes of the whole table: its head (everything up to <c>&lt;tbody&gt;</c>) once, every row, its end once.
/// </summary>
internal sealed class TableParts
{
    private const string BodyStart = "<tbody>\n";
    private const string TableEnd = "</tbody>\n</table>\n";

    private readonly TextWriter _output;
    private readonly MarkdownParserContext _context;
    private readonly HtmlRenderer _renderer;

    // The head of the table the last part ended in, which the next part's first block continues.
    private string? _openHead;
    private int _openColumns;

    public TableParts(TextWriter output, MarkdownParserContext context)
    {
        _output = output;
        _context = context;
        _renderer = new HtmlRenderer(output);
        MarkdownHtml.Pipeline.Setup(_renderer);
    }

    /// <summary>Parses a part and writes its blocks; with <paramref name="endsInTable"/> its last block is a table the next part goes on with.</summary>
    public void Write(string markdown, bool endsInTable)
    {
        Instrumentation.WorkProbe.Count("markdown.part");
        var document = Markdown.Parse(markdown, MarkdownHtml.Pipeline, _context);
        MarkdownHtml.NeutraliseLinks(document);
        var continues = _openHead is not null;
        string? head = null;
        var columns = 0;
        for (var i = 0; i < document.Count; i++)
        {
            var first = i == 0 && continues;
            var last = i == document.Count - 1 && endsInTable;
            if (!first && !last)
            {
                _renderer.Render(document[i]);
                continue;
            }

            // PipeTableLines lets a table be cut only where every part parses it as a table of the same columns.
            if (document[i] is not Table table || (first && table.ColumnDefinitions.Count != _openColumns))
            {
                throw new InvalidOperationException("A pipe table cut into parts did not parse as the same table in each part.");
            }

            var html = Alone(table);
            var body = html.IndexOf(BodyStart, StringComparison.Ordinal);
            if (body < 0 || (last && !html.EndsWith(TableEnd, StringComparison.Ordinal)) || (first && !html.AsSpan(0, body + BodyStart.Length).SequenceEqual(_openHead)))
            {
                throw new InvalidOperationException("A pipe table cut into parts did not render with the same head in each part.");
            }

            var from = first ? body + BodyStart.Length : 0;
            var to = last ? html.Length - TableEnd.Length : html.Length;
            _output.Write(html.AsSpan(from, to - from));
            if (last)
            {
                head = html[..(body + BodyStart.Length)];
                columns = table.ColumnDefinitions.Count;
            }
        }

        if (endsInTable && head is null)
        {
            throw new InvalidOperationException("A part that ends inside a pipe table has no table.");
        }

        (_openHead, _openColumns) = (head, columns);
    }

    private static string Alone(Table table)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        MarkdownHtml.Pipeline.Setup(renderer);
        renderer.Render(table);
        writer.Flush();
        return writer.ToString();
    }
}
