using System.Globalization;
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
        var sentences = blocks.SelectMany(Sentences).Select(s => (Text: s, Words: Words(s).ToList())).Where(s => s.Words.Count > 0).ToList();
        var words = sentences.Sum(s => s.Words.Count);
        var syllables = sentences.Sum(s => s.Words.Sum(w => SyllableCounter.Count(w, language)));
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
                .Select((s, i) => (s.Text, s.Words.Count, i))
                .OrderByDescending(s => s.Count).ThenBy(s => s.i)
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
            foreach (var part in token.Split(['/', '–', '—'], StringSplitOptions.RemoveEmptyEntries))
            {
                var word = Trim(part);
                if (word.Any(char.IsLetter))
                {
                    yield return word;
                }
            }
        }
    }

    private static string Trim(string token)
    {
        var builder = new StringBuilder(token.Length);
        foreach (var c in token.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '\'' or '’')
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim('-', '\'', '’').ToLower(CultureInfo.InvariantCulture);
    }

    // A sentence ends at . ! ? (and closing quotes or brackets after them) followed by a space and anything that is not a
    // lowercase letter or a digit: "Art. 6" and "bijv. een" go on, "einde. Volgende" stops.
    [GeneratedRegex(@"[.!?]+[""'”’)\]]*(?=\s+[^\p{Ll}\d]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
