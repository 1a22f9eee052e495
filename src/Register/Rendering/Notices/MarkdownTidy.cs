using System.Buffers;

namespace Register.Rendering.Notices;

/// <summary>Normalises rendered Markdown: LF line ends, no trailing spaces, at most one blank line in a row, one final newline.</summary>
public static class MarkdownTidy
{
    /// <summary>The tidy form of what <paramref name="write"/> writes (a template's output), tidied as it is written: never the untidy text whole.</summary>
    public static string Tidy(Action<TextWriter> write)
    {
        var buffer = ArrayPool<char>.Shared.Rent(1 << 12);
        try
        {
            var length = 0;
            var tidy = new MarkdownTidyWriter(text =>
            {
                if (length + text.Length > buffer.Length)
                {
                    var larger = ArrayPool<char>.Shared.Rent(Math.Max(2 * buffer.Length, length + text.Length));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<char>.Shared.Return(buffer);
                    buffer = larger;
                }

                text.CopyTo(buffer.AsSpan(length));
                length += text.Length;
            });
            write(tidy);
            tidy.Complete();
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

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
