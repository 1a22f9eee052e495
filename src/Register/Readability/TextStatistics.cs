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
        // One pass over the sentences, on spans: each sentence's words are counted (and their syllables) without a string
        // for either; only the three longest sentences are made into strings.
        var sentences = new List<(ReadOnlyMemory<char> Text, int Words)>();
        var words = 0;
        var syllables = 0;
        Span<char> buffer = stackalloc char[2 * WordBuffer];
        foreach (var block in blocks)
        {
            foreach (var sentence in SentencesOf(block))
            {
                Add(sentence, buffer);
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
                .Take(3).Select(s => s.Text.ToString()).ToList(),
        };

        void Add(ReadOnlyMemory<char> sentence, Span<char> buffer)
        {
            var count = 0;
            var tokens = new Tokens(sentence.Span);
            while (tokens.Next(buffer, out var word))
            {
                count++;
                syllables += SyllableCounter.CountLower(word, language);
            }

            if (count > 0)
            {
                sentences.Add((sentence, count));
                words += count;
            }
        }
    }

    /// <summary>The sentences of one block of text.</summary>
    public static IEnumerable<string> Sentences(string block) => SentencesOf(block).Select(s => s.ToString()).ToList();

    // The sentences of one block as ranges of its one normalised string (Normalized), each trimmed, none empty: what
    // Measure counts and Sentences returns, split in one place.
    private static List<ReadOnlyMemory<char>> SentencesOf(string block)
    {
        var text = Normalized(block);
        var sentences = new List<ReadOnlyMemory<char>>();
        var start = 0;
        foreach (var end in SentenceEnd().EnumerateMatches(text))
        {
            Add(text.AsMemory(start, end.Index + end.Length - start));
            start = end.Index + end.Length;
        }

        Add(text.AsMemory(start));
        return sentences;

        void Add(ReadOnlyMemory<char> sentence)
        {
            sentence = sentence.Trim();
            if (sentence.Length > 0)
            {
                sentences.Add(sentence);
            }
        }
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

    // White space runs as one space, none at either end.
    private static string Normalized(string block) => Whitespace().Replace(block, " ").Trim();

    /// <summary>
    /// The words of a sentence one at a time: its space-separated tokens but web and e-mail addresses, each split at
    /// slashes and dashes (e-mailadres, und/oder are read as one word each part), each part trimmed to its word.
    /// </summary>
    private ref struct Tokens(ReadOnlySpan<char> sentence)
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

    private const int WordBuffer = 256;

    private static readonly SearchValues<char> PartSeparators = SearchValues.Create("/–—");

    /// <summary>
    /// The word in a token: its letters, digits, hyphens and apostrophes (after composing accents, NFC), without hyphens or
    /// apostrophes at either end, in lower case; null when no letter is left.
    /// </summary>
    private static bool Trim(ReadOnlySpan<char> token, Span<char> buffer, out ReadOnlySpan<char> word)
    {
        if (!IsAscii(token) && !token.IsNormalized(NormalizationForm.FormC))
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

    private static bool IsAscii(ReadOnlySpan<char> text) => System.Text.Ascii.IsValid(text);

    private static readonly char[] WordEdges = ['-', '\'', '’'];

    // A sentence ends at . ! ? (and closing quotes or brackets after them) followed by a space and anything that is not a
    // lowercase letter or a digit: "Art. 6" and "bijv. een" go on, "einde. Volgende" stops.
    [GeneratedRegex(@"[.!?]+[""'”’)\]]*(?=\s+[^\p{Ll}\d]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
