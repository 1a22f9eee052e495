using System.Buffers;
using System.Text;
using Register.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Register.Loading.Yaml;

/// <summary>
/// Reads one YAML file into <see cref="YNode"/>s with positions, within <see cref="YamlLimits"/>.
/// Reads the event stream once, flat and without recursion, so hostile input costs at most what the limits allow.
/// </summary>
public static class SafeYamlReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads bytes of a file known to the user as <paramref name="file"/>; returns null when nothing usable was read.</summary>
    public static YNode? Read(string file, byte[] bytes, YamlLimits limits, DiagnosticBag diagnostics) => Read(file, bytes, limits, diagnostics, null);

    /// <summary>As <see cref="Read(string, byte[], YamlLimits, DiagnosticBag)"/>; <paramref name="parsedText"/> gets the text once it is known to be register YAML (UTF-8, no forbidden characters).</summary>
    public static YNode? Read(string file, byte[] bytes, YamlLimits limits, DiagnosticBag diagnostics, Action<string>? parsedText) =>
        Read(file, bytes, limits, diagnostics, parsedText, null);

    /// <summary>As <see cref="Read(string, byte[], YamlLimits, DiagnosticBag, Action{string})"/>, with the short scalars shared through <paramref name="scalars"/> (one pool per load).</summary>
    public static YNode? Read(string file, byte[] bytes, YamlLimits limits, DiagnosticBag diagnostics, Action<string>? parsedText, ScalarPool? scalars)
    {
        if (bytes.Length > limits.MaxFileBytes)
        {
            diagnostics.Report(Rules.FileTooLarge, SourceLocation.OfFile(file),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"This file is {bytes.Length:N0} bytes; the limit is {limits.MaxFileBytes:N0} bytes."),
                "Split the file into smaller files, or raise the limit with --max-file-bytes if the size is intended.");
            return null;
        }

        var text = Decode(file, bytes, diagnostics);
        if (text is null || !CheckCharacters(file, text, diagnostics))
        {
            return null;
        }

        parsedText?.Invoke(text);

        if (IsBlank(text))
        {
            diagnostics.Report(Rules.EmptyFile, SourceLocation.OfFile(file),
                "This file is empty: it holds no YAML content.",
                "Fill in the file (see docs/register-format.md for an example) or delete it.");
            return null;
        }

        return Parse(file, text, limits, diagnostics, scalars);
    }

    private static string? Decode(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Report(Rules.InvalidEncoding, SourceLocation.OfFile(file),
                "This file is saved as UTF-16; register files must be UTF-8.",
                "Save the file as UTF-8 in your editor (usually under 'Save with encoding').");
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Clamp(ex.Index + start, 0, bytes.Length);
            var at = LocateByte(file, bytes, start, offset);
            diagnostics.Report(Rules.InvalidEncoding, at,
                $"This file is not valid UTF-8: byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} cannot start or continue a character here (the file may be saved as Windows-1252 or Latin-1).",
                "Save the file as UTF-8 in your editor and check the characters on this line.");
            return null;
        }
    }

    private static SourceLocation LocateByte(string file, byte[] bytes, int start, int offset)
    {
        int line = 1, column = 1;
        for (var i = start; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourceLocation(file, line, column);
    }

    // Printable ASCII and line ends: text made of them only (most of a register) has nothing CheckCharacters reports.
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create("\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>
    /// Whether the text holds a character CheckCharacters may report (a tab only at a line's start, but any tab is looked
    /// at): the vectorised search skips the plain ASCII, and each other character (a letter such as é, mostly) is looked
    /// at alone.
    /// </summary>
    private static bool MayHaveSuspicious(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyExcept(PlainAscii); i >= 0; i = text.IndexOfAnyExcept(PlainAscii))
        {
            var c = text[i];
            if (c < 0x20 || c == '\u007F' || c is >= '\u0080' and <= '\u009F' || InvisibleFormatting(c) is not null)
            {
                return true;
            }

            text = text[(i + 1)..];
        }

        return false;
    }

    private static bool CheckCharacters(string file, string text, DiagnosticBag diagnostics)
    {
        if (!MayHaveSuspicious(text))
        {
            return true;
        }

        var ok = true;
        int line = 1, column = 1;
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (c == '\t' && atLineStart)
            {
                diagnostics.Report(Rules.TabIndentation, new SourceLocation(file, line, column),
                    "This line is indented with a tab; YAML only allows spaces for indentation.",
                    "Replace the tab with spaces (two per level, as in the rest of the register).");
                ok = false;
                atLineStart = false;
            }
            else if (c != ' ')
            {
                atLineStart = false;
            }

            if (c < 0x20 && c is not '\t' and not '\r' || c == '\u007F' || c is >= '\u0080' and <= '\u009F')
            {
                var name = c == '\0' ? "a NUL character (U+0000)" : $"the control character U+{(int)c:X4}";
                diagnostics.Report(Rules.ControlCharacter, new SourceLocation(file, line, column),
                    $"This line contains {name}, which cannot appear in a register file.",
                    "Delete the invisible character; it often comes from copying text out of another program.");
                ok = false;
            }
            else if (InvisibleFormatting(c) is { } invisible)
            {
                diagnostics.Report(Rules.ControlCharacter, new SourceLocation(file, line, column),
                    $"This line contains {invisible}, an invisible character that can make published text read differently from the text that was reviewed.",
                    "Delete the invisible character; it often comes from copying text out of another program.");
                ok = false;
            }

            if (!char.IsLowSurrogate(c))
            {
                column++;
            }
        }

        return ok;
    }

    /// <summary>
    /// Bidirectional and zero-width formatting characters, rejected anywhere in a register file (the "Trojan Source"
    /// characters, plus zero-width spaces and joiners and a byte-order mark after the start), and the Unicode
    /// noncharacters, which XML forbids and HTML parsers flag. None of the notice
    /// languages needs them; a language that does (e.g. ZWNJ in Persian) would need a documented exception here.
    /// </summary>
    internal static string? InvisibleFormatting(char c) => c switch
    {
        >= '\u202A' and <= '\u202E' => $"the bidirectional control U+{(int)c:X4}",
        >= '\u2066' and <= '\u2069' => $"the bidirectional isolate U+{(int)c:X4}",
        '\u061C' => "the Arabic letter mark U+061C",
        '\u200E' or '\u200F' => $"the direction mark U+{(int)c:X4}",
        >= '\u200B' and <= '\u200D' => $"the zero-width character U+{(int)c:X4}",
        '\uFEFF' => "a byte-order mark (U+FEFF) inside the text",
        '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF') => $"the noncharacter U+{(int)c:X4} (XML and HTML forbid it)",
        _ => null,
    };

    /// <summary>What forbidden character a quoted value holds once its escapes are read ("\\u202E", "\\e"), or null.</summary>
    internal static string? ForbiddenInValue(string value)
    {
        foreach (var c in value)
        {
            if ((c < 0x20 && c is not '\t' and not '\n' and not '\r') || c == '\u007F' || c is >= '\u0080' and <= '\u009F')
            {
                return c == '\0' ? "a NUL character (U+0000)" : $"the control character U+{(int)c:X4}";
            }

            if (InvisibleFormatting(c) is { } invisible)
            {
                return invisible;
            }
        }

        return null;
    }

    private static bool IsBlank(string text)
    {
        // Line by line at '\n' only, as the file's lines are counted; the first line with content ends the look.
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).Trim();
            if (line.Length > 0 && line[0] != '#' && !line.SequenceEqual("---") && !line.SequenceEqual("..."))
            {
                return false;
            }

            if (end < 0)
            {
                return true;
            }

            rest = rest[(end + 1)..];
        }
    }

    private static YNode? Parse(string file, string text, YamlLimits limits, DiagnosticBag diagnostics, ScalarPool? scalars)
    {
        var parser = new Parser(new StringReader(text));
        var builder = new YamlTreeBuilder(file, limits, diagnostics, scalars);
        var lastGood = new SourceLocation(file, 1, 1);
        try
        {
            while (parser.MoveNext())
            {
                lastGood = new SourceLocation(file, (int)parser.Current!.End.Line, (int)parser.Current.End.Column);
                if (!builder.Accept(parser.Current))
                {
                    return null;
                }
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Report(Rules.YamlSyntax, new SourceLocation(file, (int)ex.Start.Line, (int)ex.Start.Column),
                YamlErrorText.Explain(ex), YamlErrorText.Fix(ex));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16.3's scanner throws this instead of a YamlException on some unclosed flow collections.
            diagnostics.Report(Rules.YamlSyntax, lastGood,
                "The YAML cannot be read after this point: a bracket '[' or '{' is probably not closed.",
                "Close every '[' with ']' and every '{' with '}' on the same line, or write the list with one '- ' item per line.");
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException
                                       or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet should only throw YamlException, but hostile input must never escape as a crash.
            diagnostics.Report(Rules.YamlSyntax, lastGood,
                "The YAML reader could not make sense of the text after this point.",
                YamlErrorText.GenericFix);
            return null;
        }

        return builder.Root;
    }
}
