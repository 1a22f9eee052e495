using Register.Rendering.OpenXml;

namespace Register.Tests.Rendering.OpenXml;

public sealed class XmlSafeTextTests
{
    [Theory]
    [InlineData("a\u0000b", "a\uFFFDb")]
    [InlineData("tab\tcr\rlf\n", "tab\tcr\rlf\n")]
    [InlineData("x\u001Fy\u000B", "x\uFFFDy\uFFFD")]
    [InlineData("\uFFFE\uFFFF", "\uFFFD\uFFFD")]
    [InlineData("\uE000\uFB01\uFFFE\u0001\uFFFD", "\uE000\uFB01\uFFFD\uFFFD\uFFFD")]
    public void Forbidden_characters_become_the_replacement_character(string input, string expected)
    {
        Assert.Equal(expected, XmlSafeText.Clean(input));
    }

    // Built in code: test runners mangle unpaired surrogates in attribute arguments.
    [Fact]
    public void Unpaired_surrogates_are_replaced_and_pairs_kept()
    {
        Assert.Equal("lone \uFFFD end", XmlSafeText.Clean("lone " + (char)0xD83D + " end"));
        Assert.Equal("lone \uFFFD low", XmlSafeText.Clean("lone " + (char)0xDE00 + " low"));
        Assert.Equal("ends high \uFFFD", XmlSafeText.Clean("ends high " + (char)0xD83D));
        Assert.Equal("pair \uD83D\uDE00 ok", XmlSafeText.Clean("pair \uD83D\uDE00 ok"));
    }

    [Fact]
    public void Clean_text_is_returned_as_is()
    {
        const string Text = "Überweisung – 5 € \uE000\uFB01\uFEFF\uFFFD \uD83D\uDE00";

        Assert.Same(Text, XmlSafeText.Clean(Text));
    }
}
