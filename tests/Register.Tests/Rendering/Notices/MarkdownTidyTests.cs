using Register.Rendering.Notices;

namespace Register.Tests.Rendering.Notices;

public sealed class MarkdownTidyTests
{
    [Theory]
    [InlineData("", "\n")]
    [InlineData("\n\n\n", "\n")]
    [InlineData("# Title", "# Title\n")]
    [InlineData("\n\na\nb", "a\nb\n")]
    [InlineData("a  \t\n\n\n\nb\t", "a\n\nb\n")]
    [InlineData("a\r\nb\r\n\r\nc\r\n", "a\nb\n\nc\n")]
    [InlineData("a\rb\r", "a\rb\r\n")]
    [InlineData("a \r\nb\r \n", "a\nb\r\n")]
    [InlineData("a\r\r\nb", "a\r\nb\n")]
    [InlineData("  indented\n \n\t\nnext", "  indented\n\nnext\n")]
    public void Tidies_line_ends_trailing_spaces_and_blank_lines(string markdown, string tidy) =>
        Assert.Equal(tidy, MarkdownTidy.Tidy(markdown));
}
