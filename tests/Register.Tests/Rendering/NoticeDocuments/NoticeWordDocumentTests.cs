using DocumentFormat.OpenXml.Packaging;
using Register.Rendering.OpenXml;
using Register.Tests.Approval;
using Register.Tests.Pipeline;
using Register.Tests.Rendering.OpenXml;

namespace Register.Tests.Rendering.NoticeDocuments;

public sealed class NoticeWordDocumentTests
{
    private static IReadOnlyList<Register.Output.OutputFile> NoticeDocuments() =>
        RenderedExample.Render().Files.Where(f => f.Path.StartsWith("notices/", StringComparison.Ordinal) && f.Path.EndsWith(".docx", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Every_notice_of_the_example_has_a_valid_word_version_in_every_language()
    {
        var documents = NoticeDocuments();
        var markdown = RenderedExample.Render().Files.Count(f => f.Path.StartsWith("notices/", StringComparison.Ordinal) && f.Path.EndsWith(".md", StringComparison.Ordinal));

        Assert.Equal(markdown, documents.Count);
        foreach (var document in documents)
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(document.Content), false);
            var errors = OfficeText.ValidationErrors(package);
            Assert.True(errors.Count == 0, document.Path + "\n" + string.Join("\n", errors));
        }
    }

    [Fact]
    public void The_debtors_notice_in_dutch_matches_the_approved_content()
    {
        var document = NoticeDocuments().Single(f => f.Path == "notices/privacy-debtors.nl.docx");

        Approver.Verify(OfficeText.Document(document.Content));
    }

    [Fact]
    public void Markdown_headings_lists_emphasis_links_and_tables_become_word_content()
    {
        const string Markdown = "# Title\n\n_Version 1_\n\n## Section\n\nText with **bold** and a [link](https://example.org).\n\n- one\n- [mail@example.org](mailto:mail@example.org)\n\n1. first\n2. second\n\n| A | B |\n|---|---|\n| x | y |\n";

        var bytes = DocxWriter.ToBytes(
            "en",
            new DocumentProperties("T", "S", "en", "C", new NodaTime.LocalDate(2026, 1, 1)),
            new DocxPageFrame("H", "V", "Page", "of"),
            docx => MarkdownWordDocument.Append(docx, Markdown));

        var text = OfficeText.Document(bytes);
        Assert.Contains("[Title] Title\n[Normal] Version 1\n[Heading2] Section\n[Normal] Text with bold and a [link](https://example.org) ([https://example.org](https://example.org)).\n", text, StringComparison.Ordinal);
        Assert.Contains("[ListParagraph] <list 1.0> one\n[ListParagraph] <list 1.0> [mail@example.org](mailto:mail@example.org)\n[ListParagraph] <list 2.0> first\n[ListParagraph] <list 2.0> second\n", text, StringComparison.Ordinal);
        Assert.Contains("[TableHeading] A", text, StringComparison.Ordinal);
        Assert.Contains("[TableText] y", text, StringComparison.Ordinal);
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(OfficeText.ValidationErrors(package));
        Assert.Contains(package.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Bold>(), b => b.Parent?.Parent?.InnerText == "bold");
    }
}
