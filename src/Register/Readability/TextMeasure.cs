using System.Buffers;

namespace Register.Readability;

/// <summary>
/// Measures a text block by block (<see cref="TextStatistics"/>'s rules) as it is read: the counts and the three longest
/// sentences so far, with one pooled buffer for the block being read. No copy of the text is kept; a sentence becomes a
/// string only when it is among the three longest yet.
/// </summary>
internal sealed class TextMeasure(string language) : IDisposable
{
    private readonly List<(string Text, int Words)> _longest = new(4);
    private char[] _block = ArrayPool<char>.Shared.Rent(1 << 12);
    private int _sentences;
    private int _words;
    private int _syllables;

    /// <summary>Adds one block (a paragraph, heading, list item or table cell); it ends a sentence.</summary>
    public void Add(ReadOnlySpan<char> block)
    {
        if (block.Length > _block.Length)
        {
            ArrayPool<char>.Shared.Return(_block);
            _block = ArrayPool<char>.Shared.Rent(block.Length);
        }

        var text = _block.AsSpan(0, TextStatistics.Normalize(block, _block));
        Span<char> buffer = stackalloc char[2 * TextStatistics.WordBuffer];
        var rest = 0;
        while (TextStatistics.NextSentence(text, ref rest, out var sentence))
        {
            AddSentence(sentence, buffer);
        }
    }

    public ReadabilityScore Score()
    {
        var index = ReadabilityIndex.For(language);
        var asl = _sentences == 0 ? 0 : (double)_words / _sentences;
        var asw = _words == 0 ? 0 : (double)_syllables / _words;
        var value = _words == 0 ? 0 : Math.Round(index.Compute(asl, asw), 1, MidpointRounding.AwayFromZero);
        return new ReadabilityScore
        {
            Language = language,
            Words = _words,
            Sentences = _sentences,
            Syllables = _syllables,
            AverageSentenceLength = Math.Round(asl, 1, MidpointRounding.AwayFromZero),
            AverageSyllablesPerWord = Math.Round(asw, 2, MidpointRounding.AwayFromZero),
            ReadingMinutes = (_words + TextStatistics.WordsPerMinute - 1) / TextStatistics.WordsPerMinute,
            Index = index.Name,
            Value = value,
            Band = ReadabilityIndex.Band(value),
            LongestSentences = _longest.Select(s => s.Text).ToList(),
        };
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_block);
        _block = [];
    }

    private void AddSentence(ReadOnlySpan<char> sentence, Span<char> buffer)
    {
        var count = 0;
        var tokens = new TextStatistics.Tokens(sentence);
        while (tokens.Next(buffer, out var word))
        {
            count++;
            _syllables += SyllableCounter.CountLower(word, language);
        }

        if (count == 0)
        {
            return;
        }

        _sentences++;
        _words += count;
        // Longest first; of two as long, the earlier. So a later sentence takes a place only from a shorter one.
        if (_longest.Count == 3 && count <= _longest[2].Words)
        {
            return;
        }

        var at = _longest.Count;
        while (at > 0 && _longest[at - 1].Words < count)
        {
            at--;
        }

        _longest.Insert(at, (sentence.ToString(), count));
        if (_longest.Count > 3)
        {
            _longest.RemoveAt(3);
        }
    }
}
