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

    /// <summary>The C0 controls XML 1.0 forbids: all below U+0020 but tab, LF and CR.</summary>
    internal static readonly string Controls =
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c));

    private static readonly SearchValues<char> ForbiddenControls = SearchValues.Create(Controls);

    private static int FirstForbidden(string text)
    {
        // Most text has no control character and no character from U+D800 on (surrogates, U+FFFE, U+FFFF): two
        // vectorised searches say so, an ASCII set being the fastest kind.
        var span = text.AsSpan();
        var control = span.IndexOfAny(ForbiddenControls);
        var beyond = (control < 0 ? span : span[..control]).IndexOfAnyInRange('\uD800', '\uFFFF');
        var first = beyond >= 0 ? beyond : control;
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
