using System.Buffers;
using System.Text;

namespace Register.Rendering.OpenXml;

/// <summary>Makes register text safe to put in an XML part: characters XML 1.0 forbids would make Word and Excel refuse the file.</summary>
public static class XmlSafeText
{
    /// <summary>The character written instead of a forbidden one.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// Replaces C0 controls other than tab, CR and LF, U+FFFE/U+FFFF and unpaired surrogates with U+FFFD.
    /// Returns the same instance when nothing needs replacing, which is the usual case.
    /// </summary>
    public static string Clean(string text)
    {
        var firstBad = FirstForbidden(text);
        if (firstBad < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                sb.Append(IsForbidden(c) ? Replacement : c);
            }
        }

        return sb.ToString();
    }

    // Every character IsForbidden can refuse (surrogates too: a pair is fine, which the loop below decides).
    private static readonly SearchValues<char> MayBeForbidden = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)) + "\uFFFE\uFFFF");

    private static int FirstForbidden(string text)
    {
        // Most text has no control character and no character outside the BMP: one vectorised search says so.
        var first = text.AsSpan().IndexOfAny(MayBeForbidden);
        if (first < 0)
        {
            return -1;
        }

        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsForbidden(c))
            {
                return i;
            }
        }

        return -1;
    }

    // Surrogates reaching this check are unpaired (pairs are consumed before it).
    private static bool IsForbidden(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
}
