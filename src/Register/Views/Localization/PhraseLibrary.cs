namespace Register.Views.Localization;

/// <summary>The phrase books of a build, one per language whose phrase file is complete; loaded once per build.</summary>
public sealed class PhraseLibrary(IReadOnlyDictionary<string, PhraseBook> books)
{
    /// <summary>Languages with a complete phrase book, in ordinal order.</summary>
    public IReadOnlyList<string> Languages => books.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The phrase book of a language, or null when there is no usable one (a diagnostic says why).</summary>
    public PhraseBook? For(string language) => books.GetValueOrDefault(language);
}
