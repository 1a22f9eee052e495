using System.Text;

namespace Register.Rendering;

/// <summary>UTF-8 without a byte order mark, as every text file of a build is written.</summary>
public static class Utf8
{
    private static readonly UTF8Encoding WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Bytes(string text) => WithoutMark.GetBytes(text);

    /// <summary>Encodes <paramref name="text"/> into <paramref name="output"/> a buffer at a time, without a copy of the whole text in bytes.</summary>
    public static void Write(Stream output, ReadOnlySpan<char> text)
    {
        using var writer = CreateWriter(output);
        writer.Write(text);
    }

    /// <summary>A writer that encodes into <paramref name="output"/> through a pooled buffer (<see cref="Utf8TextWriter"/>), leaving it open when disposed.</summary>
    public static TextWriter CreateWriter(Stream output) => new Utf8TextWriter(output, leaveOpen: true);
}
