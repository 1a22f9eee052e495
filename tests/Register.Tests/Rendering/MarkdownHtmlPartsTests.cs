using System.Text;
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
