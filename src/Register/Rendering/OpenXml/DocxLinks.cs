using System.Text.RegularExpressions;

namespace Register.Rendering.OpenXml;

/// <summary>Which text becomes a hyperlink in a Word document, and the names of the bookmarks "#anchor" links go to.</summary>
internal static partial class DocxLinks
{
    /// <summary>The places of the addresses in <paramref name="text"/>, in order (<see cref="MayHoldAddress"/> says where there can be none).</summary>
    public static Regex.ValueMatchEnumerator EnumerateAddresses(ReadOnlySpan<char> text) => AddressPattern().EnumerateMatches(text);

    /// <summary>True when an address is found in <paramref name="text"/>.</summary>
    public static bool IsAddress(ReadOnlySpan<char> text) => MayHoldAddress(text) && AddressPattern().IsMatch(text);

    /// <summary>False when <paramref name="text"/> holds no address: every match of the pattern contains "://" or '@', and text with neither (nearly all of it) needs no run of the pattern.</summary>
    public static bool MayHoldAddress(ReadOnlySpan<char> text) => text.Contains('@') || text.IndexOf("://", StringComparison.Ordinal) >= 0;

    /// <summary>The link target of a matched address: the address itself, or mailto: before an e-mail address.</summary>
    public static string Target(string address) =>
        address.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? address
            : "mailto:" + address;

    /// <summary>True for the targets a document links to outside itself: http, https and mailto.</summary>
    public static bool IsExternal(string target) =>
        (target.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(target, UriKind.Absolute, out _)
        && target.AsSpan().IndexOfAny(" \t\r\n\"<>") < 0;

    /// <summary>
    /// A Word bookmark name for an anchor: letters, digits and '_' (others become '_'), starting with a letter, at most
    /// 40 characters; a longer one keeps its start and ends with a hash of the whole anchor, so two long anchors that
    /// start alike still get names of their own.
    /// </summary>
    public static string BookmarkName(string anchor)
    {
        var name = new string(anchor.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        name = char.IsAsciiLetter(name.FirstOrDefault()) ? name : "a" + name;
        if (name.Length <= 40)
        {
            return name;
        }

        var hash = 2166136261u;
        foreach (var c in anchor)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return name[..31] + "_" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    // An http(s) address (without trailing punctuation) or an e-mail address in plain text.
    [GeneratedRegex(@"https?://[^\s<>""]*[^\s<>"".,;:!?')\]]|(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();
}
