using System.Text;

namespace Register.Rendering;

/// <summary>UTF-8 without a byte order mark, as every text file of a build is written.</summary>
public static class Utf8
{
    private static readonly UTF8Encoding WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Bytes(string text) => WithoutMark.GetBytes(text);
}
