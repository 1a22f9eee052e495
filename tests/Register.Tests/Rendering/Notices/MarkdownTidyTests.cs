using Register.Rendering.Notices;

namespace Register.Tests.Rendering.Notices;

public sealed class MarkdownTidyTests
{
    public static TheoryData<string, string> Cases { get; } = new()
    {
        { "", "\n" },
        { "\n\n\n", "\n" },
        { "# Title", "# Title\n" },
        { "\n\na\nb", "a\nb\n" },
        { "a  \t\n\n\n\nb\t", "a\n\nb\n" },
        { "a\r\nb\r\n\r\nc\r\n", "a\nb\n\nc\n" },
        { "a\rb\r", "a\rb\r\n" },
        { "a \r\nb\r \n", "a\nb\r\n" },
        { "a\r\r\nb", "a\r\nb\n" },
        { "  indented\n \n\t\nnext", "  indented\n\nnext\n" },
        { " \r \r\n\r\n x \t", " \r\n\n x\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tidies_line_ends_trailing_spaces_and_blank_lines(string markdown, string tidy) =>
        Assert.Equal(tidy, MarkdownTidy.Tidy(markdown));

    /// <summary>A page is tidied as its template's text and the notice's HTML, given one after the other.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_given_in_pieces_is_tidied_as_the_whole(string markdown, string tidy)
    {
        for (var first = 0; first <= markdown.Length; first++)
        {
            for (var second = first; second <= markdown.Length; second++)
            {
                var written = new System.Text.StringBuilder();
                var writer = new MarkdownTidyWriter(text => written.Append(text));
                writer.Write(markdown.AsSpan(0, first));
                writer.Write(markdown.AsSpan(first, second - first));
                writer.Write(markdown.AsSpan(second));
                writer.Complete();
                Assert.Equal(tidy, written.ToString());
            }
        }
    }

    /// <summary>A notice's template writes its Markdown straight into the tidy writer, a character or a line at a time.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void What_a_template_writes_is_tidied_as_it_is_written(string markdown, string tidy)
    {
        Assert.Equal(tidy, MarkdownTidy.Tidy(writer =>
        {
            foreach (var c in markdown)
            {
                writer.Write(c);
            }
        }));

        var repeated = string.Concat(Enumerable.Repeat(markdown + "\n", 2_000));
        Assert.Equal(MarkdownTidy.Tidy(repeated), MarkdownTidy.Tidy(writer => writer.Write(repeated)));
    }
}
