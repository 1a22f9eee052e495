using System.Buffers;

namespace Register.Rendering.Notices;

/// <summary>Normalises rendered Markdown: LF line ends, no trailing spaces, at most one blank line in a row, one final newline.</summary>
public static class MarkdownTidy
{
    public static string Tidy(string markdown)
    {
        // The tidy text is never longer than the text and its final newline (lines only lose characters, and a line break
        // is written only where the text had one or two): one pooled buffer holds it.
        var buffer = ArrayPool<char>.Shared.Rent(markdown.Length + 1);
        try
        {
            var length = 0;
            var tidy = new MarkdownTidyWriter(text =>
            {
                text.CopyTo(buffer.AsSpan(length));
                length += text.Length;
            });
            tidy.Write(markdown);
            tidy.Complete();
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
