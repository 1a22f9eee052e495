namespace Register.Model;

/// <summary>A text a reader sees, in each of the register's languages: <c>nl: …, de: …, en: …</c>.</summary>
public sealed record LocalizedText : ModelNode
{
    public static LocalizedText Empty { get; } = new();

    /// <summary>Text by language code.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = LanguageTexts.Empty;

    /// <summary>
    /// The one text for every language, where a key allows plain text (<see cref="PlainTextAllowedAttribute"/>): a
    /// person's name is the same in every language. A language written in <see cref="Values"/> wins.
    /// </summary>
    public string? Invariant { get; init; }

    /// <summary>
    /// The text as the Art. 30 record says it, written under <c>record:</c> below the languages: a record is written about
    /// the people whose data is processed, where a notice speaks to them ("the debtor's address", not "your address").
    /// </summary>
    public LocalizedText? Record { get; init; }

    public bool IsEmpty => Values.Count == 0 && Invariant is null;

    /// <summary>The text in a language, or null when it is missing.</summary>
    public string? Get(string language) => Values.TryGetValue(language, out var text) ? text : Invariant;

    /// <summary>The text in a language as the Art. 30 record says it: its <see cref="Record"/> version, else the text.</summary>
    public string? ForRecord(string language) => Record?.Get(language) ?? Get(language);

    /// <summary>The text in a language, or empty; use only after validation has checked every language is there.</summary>
    public string this[string language] => Get(language) ?? "";

    /// <summary>Builds a text in code (tests, built-in vocabulary).</summary>
    public static LocalizedText Of(params (string Language, string Text)[] values) =>
        new() { Values = values.ToDictionary(v => v.Language, v => v.Text, StringComparer.Ordinal) };
}
