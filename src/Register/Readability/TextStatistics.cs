using System.Buffers;
using System.Text;

namespace Register.Readability;

/// <summary>
/// Splits text into sentences and words and measures it. Each block (paragraph, heading, list item, table cell) ends a
/// sentence even without a full stop. A full stop followed by a lowercase letter or a digit (Art. 6, bijv. een) does
/// not. Words are tokens with a letter in them; web and e-mail addresses and bare numbers are not counted as words.
/// </summary>
public static class TextStatistics
{
    /// <summary>Reading speed for <see cref="ReadabilityScore.ReadingMinutes"/> (words a minute).</summary>
    public const int WordsPerMinute = 200;

    public static ReadabilityScore Measure(IEnumerable<string> blocks, string language)
    {
        using var measure = new TextMeasure(language);
        foreach (var block in blocks)
        {
            measure.Add(block);
        }

        return measure.Score();
    }

    /// <summary>The sentences of one block of text.</summary>
    public static IEnumerable<string> Sentences(string block)
    {
        var sentences = new List<string>();
        var buffer = new char[block.Length];
        var text = buffer.AsSpan(0, Normalize(block, buffer));
        var rest = 0;
        while (NextSentence(text, ref rest, out var sentence))
        {
            sentences.Add(sentence.ToString());
        }

        return sentences;
    }

    /// <summary>The words of a sentence, without surrounding punctuation.</summary>
    public static IEnumerable<string> Words(string sentence)
    {
        var words = new List<string>();
        Span<char> buffer = stackalloc char[2 * WordBuffer];
        scoped var tokens = new Tokens(sentence);
        while (tokens.Next(buffer, out var word))
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>
    /// Writes <paramref name="block"/> into <paramref name="into"/> (at least as long) with every run of white space as one
    /// space and none at either end, and returns its length.
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> block, Span<char> into)
    {
        var length = 0;
        var space = false;
        foreach (var c in block)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                into[length++] = ' ';
                space = false;
            }

            into[length++] = c;
        }

        return length;
    }

    /// <summary>
    /// The next sentence of a normalised block (<see cref="Normalize"/>) from <paramref name="rest"/> on, trimmed, never
    /// empty; false when none is left. A sentence ends after a run of . ! ? and the closing quotes or brackets after it,
    /// where the block ends or a space follows and then anything but a lowercase letter or a digit: "Art. 6" and
    /// "bijv. een" go on, "einde. Volgende" stops.
    /// </summary>
    internal static bool NextSentence(ReadOnlySpan<char> text, ref int rest, out ReadOnlySpan<char> sentence)
    {
        while (rest < text.Length)
        {
            var start = rest;
            var end = EndOfSentence(text, start);
            rest = end;
            sentence = text[start..end].Trim(' ');
            if (sentence.Length > 0)
            {
                return true;
            }
        }

        sentence = default;
        return false;
    }

    // Where the sentence from start ends: after the first run of terminators (and closers) that ends one, else at the end.
    private static int EndOfSentence(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (true)
        {
            var next = text[i..].IndexOfAny(Terminators);
            if (next < 0)
            {
                return text.Length;
            }

            i += next;
            while (i < text.Length && Terminators.Contains(text[i]))
            {
                i++;
            }

            while (i < text.Length && Closers.Contains(text[i]))
            {
                i++;
            }

            if (i == text.Length || (text[i] == ' ' && i + 1 < text.Length && !StartsGoingOn(text[i + 1])))
            {
                return i;
            }
        }
    }

    // A lowercase letter or a decimal digit after a full stop carries the sentence on.
    private static bool StartsGoingOn(char c) => char.IsDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.LowercaseLetter;

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?");

    private static readonly SearchValues<char> Closers = SearchValues.Create("\"'”’)]");

    /// <summary>
    /// The words of a sentence one at a time: its space-separated tokens but web and e-mail addresses, each split at
    /// slashes and dashes (e-mailadres, und/oder are read as one word each part), each part trimmed to its word.
    /// </summary>
    internal ref struct Tokens(ReadOnlySpan<char> sentence)
    {
        private ReadOnlySpan<char> _rest = sentence;
        private ReadOnlySpan<char> _parts;

        /// <summary>The next word, in lower case, in <paramref name="buffer"/> when it fits (else in an array of its own); false at the end.</summary>
        public bool Next(Span<char> buffer, out ReadOnlySpan<char> word)
        {
            while (true)
            {
                while (_parts.Length > 0)
                {
                    var end = _parts.IndexOfAny(PartSeparators);
                    var part = end < 0 ? _parts : _parts[..end];
                    _parts = end < 0 ? [] : _parts[(end + 1)..];
                    if (part.Length > 0 && Trim(part, buffer, out word))
                    {
                        return true;
                    }
                }

                if (!NextToken(out var token))
                {
                    word = default;
                    return false;
                }

                if (token.Contains('@') || token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                _parts = token;
            }
        }

        private bool NextToken(out ReadOnlySpan<char> token)
        {
            while (_rest.Length > 0)
            {
                var end = _rest.IndexOf(' ');
                token = end < 0 ? _rest : _rest[..end];
                _rest = end < 0 ? [] : _rest[(end + 1)..];
                if (token.Length > 0)
                {
                    return true;
                }
            }

            token = default;
            return false;
        }
    }

    /// <summary>Characters of a word <see cref="Tokens"/> keeps in its buffer; the buffer holds two such halves.</summary>
    internal const int WordBuffer = 256;

    private static readonly SearchValues<char> PartSeparators = SearchValues.Create("/–—");

    /// <summary>
    /// The word in a token: its letters, digits, hyphens and apostrophes (after composing accents, NFC), without hyphens or
    /// apostrophes at either end, in lower case; null when no letter is left.
    /// </summary>
    private static bool Trim(ReadOnlySpan<char> token, Span<char> buffer, out ReadOnlySpan<char> word)
    {
        if (!BeforeCombiningMarks(token) && !token.IsNormalized(NormalizationForm.FormC))
        {
            return TrimNormalized(token.ToString().Normalize(NormalizationForm.FormC), buffer, out word);
        }

        return TrimNormalized(token, buffer, out word);
    }

    // buffer: two halves of WordBuffer characters, for the kept characters and their lower case.
    private static bool TrimNormalized(ReadOnlySpan<char> token, Span<char> buffer, out ReadOnlySpan<char> word)
    {
        var kept = token.Length <= WordBuffer ? buffer[..token.Length] : new char[token.Length];
        var length = 0;
        var letter = false;
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '\'' or '’')
            {
                kept[length++] = c;
                letter |= char.IsLetter(c);
            }
        }

        if (!letter)
        {
            // Trimming takes away no letter: a token without one is no word.
            word = default;
            return false;
        }

        var trimmed = kept[..length].Trim(WordEdges);
        var lower = trimmed.Length <= WordBuffer ? buffer.Slice(WordBuffer, trimmed.Length) : new char[trimmed.Length];
        trimmed.ToLowerInvariant(lower);
        word = lower;
        return true;
    }

    // Text of characters below U+0300, where the combining marks begin, is composed already (NFC): every one of them is
    // its own composition and none combines with another. Most words of every language here are; the rest ask ICU.
    private static bool BeforeCombiningMarks(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u0300', '\uffff') < 0;

    private static readonly char[] WordEdges = ['-', '\'', '’'];
}
