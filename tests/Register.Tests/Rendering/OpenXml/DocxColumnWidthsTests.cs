using Register.Rendering.OpenXml;

namespace Register.Tests.Rendering.OpenXml;

public sealed class DocxColumnWidthsTests
{
    [Fact]
    public void The_minimum_is_the_longest_word_and_addresses_and_separators_do_not_count()
    {
        var word = DocxColumnWidths.Minimum(["Verarbeitungstätigkeit"], bold: false);

        Assert.Equal(word, DocxColumnWidths.Minimum(["a Verarbeitungstätigkeit\tb\nc\u00A0d  "], bold: false));
        Assert.Equal(word, DocxColumnWidths.Minimum(["x", "Verarbeitungstätigkeit https://example.org/a-very-long-path-that-may-break-anywhere"], bold: false));
        Assert.Equal(word, DocxColumnWidths.Minimum(["Verarbeitungstätigkeit privacy.questions.for-everyone@example.org"], bold: false));
        Assert.True(DocxColumnWidths.Minimum(["Verarbeitungstätigkeit"], bold: true) > word);
        Assert.Equal(0, DocxColumnWidths.Minimum(["", " \n", "https://example.org"], bold: false));
    }

    [Fact]
    public void A_word_may_break_after_a_hyphen_a_slash_or_a_dash()
    {
        Assert.Equal(DocxColumnWidths.Minimum(["Datenschutz-"], bold: false), DocxColumnWidths.Minimum(["Datenschutz-Folge"], bold: false));
        Assert.Equal(DocxColumnWidths.Minimum(["Verarbeitung/"], bold: false), DocxColumnWidths.Minimum(["Verarbeitung/Art"], bold: false));
        Assert.Equal(DocxColumnWidths.Minimum(["Verarbeitung\u2013"], bold: false), DocxColumnWidths.Minimum(["Verarbeitung\u2013Art"], bold: false));
        // A trailing hyphen stays with its word.
        Assert.True(DocxColumnWidths.Minimum(["Verarbeitung-"], bold: false) > DocxColumnWidths.Minimum(["Verarbeitung"], bold: false));
    }

    [Theory]
    [InlineData("write to privacy@example.org, or call", "privacy@example.org")]
    [InlineData("see https://example.org/privacy.", "https://example.org/privacy")]
    [InlineData("no address here: 5 @ 3", "")]
    [InlineData("plain text with neither", "")]
    public void Addresses_are_found_in_plain_text(string text, string expected)
    {
        var found = new List<string>();
        if (DocxLinks.MayHoldAddress(text))
        {
            foreach (var match in DocxLinks.EnumerateAddresses(text))
            {
                found.Add(text.Substring(match.Index, match.Length));
            }
        }

        Assert.Equal(expected, string.Join("|", found));
        Assert.Equal(expected.Length > 0, DocxLinks.IsAddress(text));
    }
}
