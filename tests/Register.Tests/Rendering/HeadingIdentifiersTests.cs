using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Register.Rendering;

namespace Register.Tests.Rendering;

/// <summary>
/// Heading ids come from our own extension since 3 December, evening (Markdig's tried every suffix from 1 for each
/// heading, quadratic in a notice of hundreds of activities); these tests hold it to the HTML that Markdig's own
/// auto-identifier extension gives, on random documents with repeated headings, headings that look suffixed, empty
/// ones, setext ones, markup and links in headings.
/// </summary>
public sealed class HeadingIdentifiersTests
{
    // MarkdownHtml's pipeline as it was: Markdig's extension with GitHub ids.
    private static readonly MarkdownPipeline MarkdigIds = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UsePipeTables()
        .Build();

    private static readonly string[] Texts =
    [
        "Purposes and legal bases", "purposes and legal bases", "Purposes and legal bases 1", "Purposes-and-legal-bases-2",
        "Zwecke und Rechtsgrundlagen", "Categorieën van persoonsgegevens", "Ünïcödé — dash", "section", "section 1", "",
        "!!!", "*Emphasis* and **strong**", "`code` span", "[a link](https://example.org) here", "<https://example.org>",
        "Text with \\* escape", "1. not a list", "a_b_c", "tab\there", "x",
    ];

    [Fact]
    public void Ids_are_those_of_markdigs_extension_on_random_documents()
    {
        var random = new Random(2026);
        for (var round = 0; round < 400; round++)
        {
            var markdown = RandomDocument(random);

            Assert.Equal(Markdown.ToHtml(markdown, MarkdigIds), Markdown.ToHtml(markdown, MarkdownHtml.Pipeline));
        }
    }

    [Fact]
    public void A_document_parsed_in_parts_has_the_ids_of_markdigs_extension_on_the_whole()
    {
        var random = new Random(30);
        for (var round = 0; round < 100; round++)
        {
            var markdown = RandomDocument(random);
            using var output = new StringWriter { NewLine = "\n" };

            MarkdownHtml.WriteBody(() => new StringReader(markdown), output, random.Next(1, 400));

            Assert.Equal(Markdown.ToHtml(markdown, MarkdigIds), output.ToString());
        }
    }

    private static string RandomDocument(Random random)
    {
        var text = new StringBuilder();
        for (var block = random.Next(1, 120); block > 0; block--)
        {
            var heading = Texts[random.Next(Texts.Length)];
            switch (random.Next(5))
            {
                case 0:
                    text.Append("Paragraph ").Append(random.Next(10)).Append(".\n\n");
                    break;
                case 1:
                    text.Append(heading.Length == 0 ? "x" : heading).Append('\n').Append(random.Next(2) == 0 ? "===" : "---").Append("\n\n");
                    break;
                default:
                    text.Append('#', random.Next(1, 5)).Append(' ').Append(heading).Append("\n\n");
                    break;
            }
        }

        return text.ToString();
    }
}
