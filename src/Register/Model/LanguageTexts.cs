namespace Register.Model;

/// <summary>
/// The texts of a <see cref="LocalizedText"/> by language, in the order they were written (<see cref="OrderedKeyMap{TValue}"/>):
/// a text has a handful of languages, and a dictionary per text was a large part of the model (at 10,000 activities
/// ~129,000 of them, ~40 MB with their entries and key collections).
/// </summary>
public sealed class LanguageTexts : OrderedKeyMap<string>
{
    private LanguageTexts(IReadOnlyCollection<KeyValuePair<string, string>> texts)
        : base(texts)
    {
    }

    /// <summary>No texts (one instance for every text without languages).</summary>
    public static LanguageTexts Empty { get; } = new([]);

    /// <summary>A copy of <paramref name="texts"/> (a language appears once, as in a dictionary).</summary>
    public static LanguageTexts From(IReadOnlyCollection<KeyValuePair<string, string>> texts) => new(texts);
}
