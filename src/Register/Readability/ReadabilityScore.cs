namespace Register.Readability;

/// <summary>How hard a text is to read: its counts, the language's readability index and its longest sentences.</summary>
public sealed record ReadabilityScore
{
    public required string Language { get; init; }

    public required int Words { get; init; }

    public required int Sentences { get; init; }

    public required int Syllables { get; init; }

    /// <summary>Words per sentence (ASL).</summary>
    public required double AverageSentenceLength { get; init; }

    /// <summary>Syllables per word (ASW).</summary>
    public required double AverageSyllablesPerWord { get; init; }

    /// <summary>Minutes at 200 words a minute, rounded up (an assumed rate for careful reading of non-fiction; unverified per language).</summary>
    public required int ReadingMinutes { get; init; }

    /// <summary>The index's name: Flesch–Douma, Amstad or Flesch Reading Ease.</summary>
    public required string Index { get; init; }

    /// <summary>The index's value, rounded to one decimal.</summary>
    public required double Value { get; init; }

    /// <summary>Flesch's band for the value ("difficult").</summary>
    public required string Band { get; init; }

    /// <summary>The longest sentences, longest first (at most three), for a writer to shorten.</summary>
    public required IReadOnlyList<string> LongestSentences { get; init; }
}
