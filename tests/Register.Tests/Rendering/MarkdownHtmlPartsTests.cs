using System.Text;
using Register.Instrumentation;
using Register.Rendering;

namespace Register.Tests.Rendering;

/// <summary>
/// A long document's HTML written part by part (MarkdownHtml.WriteBody, the Art. 30 record's page) is byte for byte the
/// HTML of the whole document parsed at once: lists, tables and paragraphs around the cuts, and heading ids that repeat
/// across parts (Markdig numbers them within one document: name, name-1, name-2).
/// </summary>
public sealed class MarkdownHtmlPartsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(1_000_000)]
    public void Parts_give_the_bytes_of_the_whole_document(int partCharacters)
    {
        var markdown = Document();

        var parts = WriteBody(markdown, partCharacters);

        Assert.Equal(MarkdownHtml.Render(markdown).Body, parts);
        Assert.Contains("id=\"same-name-2\"", parts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("```\n## inside a fence\n```\n")]
    [InlineData("[ref]: https://example.org\n")]
    public void A_document_with_constructs_that_reach_across_headings_is_parsed_whole(string construct)
    {
        var markdown = Document() + construct + "\nSee [ref].\n\n## After\n\nText.\n";

        Assert.Equal(MarkdownHtml.Render(markdown).Body, WriteBody(markdown, 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(1_000)]
    public void A_long_table_is_parsed_some_rows_at_a_time_and_gives_the_bytes_of_the_whole_table(int partCharacters)
    {
        var markdown = Document() + "\n## Long\n\n" + Table(60) + "\nAfter the table.\n\n| a | b |\n| :-- | --: |\n| x \\| y | <https://example.org/a> |\n";

        using var probe = WorkProbe.Start();
        var parts = WriteBody(markdown, partCharacters);

        Assert.Equal(MarkdownHtml.Render(markdown).Body, parts);
        // Every part but the first starts at a heading or inside the long table: more parts than headings means it was cut.
        var headings = markdown.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal));
        Assert.True(partCharacters > 100 || probe.Counts["markdown.part"] > headings + 20, $"{probe.Counts["markdown.part"]} parts, {headings} headings");
    }

    [Theory]
    [InlineData("| one | `code | span` |\n")]
    [InlineData("| one | two | three |\n")]
    [InlineData("| one | [a | b](https://example.org) |\n")]
    [InlineData("| one | <https://example.org/a|b> |\n")]
    [InlineData("| one | https://example.org/a|b |\n")]
    [InlineData("| one | two |\ncontinued below the table\n")]
    public void A_table_whose_rows_could_split_differently_is_parsed_whole(string row)
    {
        var markdown = "## Table\n\n" + Table(20) + row + Table(20)[(Table(0).Length)..];

        using var probe = WorkProbe.Start();
        var parts = WriteBody(markdown, 1);

        Assert.Equal(MarkdownHtml.Render(markdown).Body, parts);
        Assert.Equal(1, probe.Counts["markdown.part"]);
    }

    private static string Table(int rows)
    {
        var text = new StringBuilder("| Activity | Basis |\n| --- | --- |\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append("| Activity ").Append(i).Append(" with \\*text\\* | consent; contract |\n");
        }

        return text.ToString();
    }

    private static string WriteBody(string markdown, int partCharacters)
    {
        var output = new StringWriter { NewLine = "\n" };
        MarkdownHtml.WriteBody(() => new StringReader(markdown), output, partCharacters);
        return output.ToString();
    }

    private static string Document()
    {
        var text = new StringBuilder("# Title\n\nOrganisation · Art. 30\n\n## Activities\n\n");
        for (var i = 0; i < 3; i++)
        {
            text.Append("### Same name\n\n**Purposes**\n- one\n- two <https://example.org>\n\n**Retention**\nA paragraph\nover two lines.\n\n");
            text.Append("## Section ").Append(i).Append("\n\n- a list\n\n- loose\n\n");
        }

        text.Append("## Overview\n\n| Activity | Basis |\n| --- | --- |\n| Same name | consent |\n| Other | contract |\n");
        return text.ToString();
    }
}
