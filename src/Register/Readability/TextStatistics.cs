using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Register.Readability;

/// <summary>
/// Splits text into sentences and words and measures it. Each block (paragraph, heading, list item, table cell) ends a
/// sentence even without a full stop. A full stop followed by a lowercase letter or a digit (Art. 6, bijv. een) does
/// not. Words are tokens with a letter in them; web and e-mail addresses and bare numbers are not counted as words.
/// </summary>
public static partial class TextStatistics
{
    /// <summary>Reading speed for <see cref="ReadabilityScore.ReadingMinutes"/> (words a minute).</summary>
    public const int WordsPerMinute = 200;

    public static ReadabilityScore Measure(IEnumerable<string> blocks, string language)
    {
        // One pass over the sentences: each sentence's words are counted (and their syllables) without being kept.
        var sentences = new List<(string Text, int Words)>();
        var words = 0;
        var syllables = 0;
        foreach (var block in blocks)
        {
            foreach (var sentence in Sentences(block))
            {
                var count = 0;
                foreach (var word in Words(sentence))
                {
                    count++;
                    syllables += SyllableCounter.Count(word, language);
                }

                if (count > 0)
                {
                    sentences.Add((sentence, count));
                    words += count;
                }
            }
        }

        var index = ReadabilityIndex.For(language);
        var asl = sentences.Count == 0 ? 0 : (double)words / sentences.Count;
        var asw = words == 0 ? 0 : (double)syllables / words;
        var value = words == 0 ? 0 : Math.Round(index.Compute(asl, asw), 1, MidpointRounding.AwayFromZero);
        return new ReadabilityScore
        {
            Language = language,
            Words = words,
            Sentences = sentences.Count,
            Syllables = syllables,
            AverageSentenceLength = Math.Round(asl, 1, MidpointRounding.AwayFromZero),
            AverageSyllablesPerWord = Math.Round(asw, 2, MidpointRounding.AwayFromZero),
            ReadingMinutes = (words + WordsPerMinute - 1) / WordsPerMinute,
            Index = index.Name,
            Value = value,
            Band = ReadabilityIndex.Band(value),
            LongestSentences = sentences
                .Select((s, i) => (s.Text, s.Words, i))
                .OrderByDescending(s => s.Words).ThenBy(s => s.i)
                .Take(3).Select(s => s.Text).ToList(),
        };
    }

    /// <summary>The sentences of one block of text.</summary>
    public static IEnumerable<string> Sentences(string block)
    {
        var text = Whitespace().Replace(block, " ").Trim();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            var sentence = text[start..(end.Index + end.Length)].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = end.Index + end.Length;
        }

        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    /// <summary>The words of a sentence, without surrounding punctuation.</summary>
    public static IEnumerable<string> Words(string sentence)
    {
        foreach (var token in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Contains('@', StringComparison.Ordinal) || token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Hyphenated and slashed compounds (e-mailadres, und/oder) are read as one word each part; keep the letters.
            var rest = token.AsMemory();
            while (rest.Length > 0)
            {
                var end = rest.Span.IndexOfAny(PartSeparators);
                var part = end < 0 ? rest : rest[..end];
                rest = end < 0 ? ReadOnlyMemory<char>.Empty : rest[(end + 1)..];
                if (part.Length > 0 && Trim(part.Span) is { } word)
                {
                    yield return word;
                }
            }
        }
    }

    private static readonly SearchValues<char> PartSeparators = SearchValues.Create("/–—");

    /// <summary>
    /// The word in a token: its letters, digits, hyphens and apostrophes (after composing accents, NFC), without hyphens or
    /// apostrophes at either end, in lower case; null when no letter is left.
    /// </summary>
    private static string? Trim(ReadOnlySpan<char> token)
    {
        if (!IsAscii(token))
        {
            var composed = token.ToString();
            return TrimNormalized(composed.Normalize(NormalizationForm.FormC));
        }

        return TrimNormalized(token);
    }

    private static string? TrimNormalized(ReadOnlySpan<char> token)
    {
        Span<char> kept = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
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
            return null;
        }

        var word = kept[..length].Trim(WordEdges);
        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return new string(lower);
    }

    private static bool IsAscii(ReadOnlySpan<char> text) => System.Text.Ascii.IsValid(text);

    private static readonly char[] WordEdges = ['-', '\'', '’'];

    // A sentence ends at . ! ? (and closing quotes or brackets after them) followed by a space and anything that is not a
    // lowercase letter or a digit: "Art. 6" and "bijv. een" go on, "einde. Volgende" stops.
    [GeneratedRegex(@"[.!?]+[""'”’)\]]*(?=\s+[^\p{Ll}\d]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
