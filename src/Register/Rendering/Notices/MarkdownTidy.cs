using System.Buffers;

namespace Register.Rendering.Notices;

/// <summary>Normalises rendered Markdown: LF line ends, no trailing spaces, at most one blank line in a row, one final newline.</summary>
public static class MarkdownTidy
{
    public static string Tidy(string markdown)
    {
        // One pass over the text's lines as spans into one buffer: the tidy text is never longer than the text and its
        // final newline (lines only lose characters, and a line break is written only where the text had one or two).
        var buffer = ArrayPool<char>.Shared.Rent(markdown.Length + 1);
        try
        {
            var length = 0;
            var blank = 0;
            var rest = markdown.AsSpan();
            while (true)
            {
                var end = rest.IndexOf('\n');
                var line = end < 0 ? rest : rest[..end];
                if (end >= 0 && line.EndsWith('\r'))
                {
                    // CRLF is a line end; a lone CR stays text.
                    line = line[..^1];
                }

                line = line.TrimEnd(" \t");
                if (line.Length == 0)
                {
                    blank++;
                }
                else
                {
                    if (length > 0)
                    {
                        buffer[length++] = '\n';
                        if (blank > 0)
                        {
                            buffer[length++] = '\n';
                        }
                    }

                    line.CopyTo(buffer.AsSpan(length));
                    length += line.Length;
                    blank = 0;
                }

                if (end < 0)
                {
                    break;
                }

                rest = rest[(end + 1)..];
            }

            buffer[length++] = '\n';
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
