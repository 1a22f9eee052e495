using System.IO.Compression;
using System.Security.Cryptography;
using NodaTime;
using Register.Rendering.OpenXml;

namespace Register.Tests.Rendering.OpenXml;

/// <summary>
/// The styles, settings and numbering parts of a DOCX are written element by element since 3 December, evening (they
/// were OpenXml element trees); their bytes must stay those the trees gave, which these hashes, taken before the change,
/// pin for each language, with and without numbered lists (restarting, and at a start below 1).
/// </summary>
public sealed class DocxFixedPartsTests
{
    [Theory]
    [InlineData("nl", new int[0], "D19B61C57AFB9B90292369258D568EB2EAF87BA1BA4DE60A21C5A0008C2C1F13")]
    [InlineData("de", new int[0], "9DBC888CC197F0E943808A471F1C0C18E1CE9FE6A60D722B8ACB9EDCAAE8E0A2")]
    [InlineData("en", new[] { 3, 1, -2 }, "297B608D0A583C49C4097B43A2D36A14619FB65A5C79D8C1B741B0E17188CAAB")]
    public void The_fixed_parts_have_the_bytes_of_the_element_trees(string language, int[] listStarts, string expected)
    {
        var bytes = DocxWriter.ToBytes(
            language,
            new DocumentProperties("Title", "Subject", language, "Creator", new LocalDate(2026, 11, 1)),
            new DocxPageFrame("Header", "Version", "Page", "of"),
            docx =>
            {
                foreach (var start in listStarts)
                {
                    docx.ListItem([new DocxRun("item")], docx.NumberedList(start), 0);
                }

                docx.Paragraph("text");
            });

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var parts = new MemoryStream();
        foreach (var entry in new[] { "word/numbering.xml", "word/settings.xml", "word/styles.xml" })
        {
            using var content = zip.GetEntry(entry)!.Open();
            content.CopyTo(parts);
        }

        Assert.Equal(expected, Convert.ToHexString(SHA256.HashData(parts.ToArray())));
    }
}
