using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Register.Model;

/// <summary>
/// The texts of a <see cref="LocalizedText"/> by language, as two arrays in the order they were written: a text has a
/// handful of languages, and a dictionary per text was a large part of the model (at 10,000 activities ~129,000 of
/// them, ~40 MB with their entries and key collections).
/// </summary>
public sealed class LanguageTexts : IReadOnlyDictionary<string, string>
{
    private readonly string[] _languages;
    private readonly string[] _texts;

    private LanguageTexts(string[] languages, string[] texts)
    {
        _languages = languages;
        _texts = texts;
    }

    /// <summary>No texts (one instance for every text without languages).</summary>
    public static LanguageTexts Empty { get; } = new([], []);

    /// <summary>A copy of <paramref name="texts"/> (a language appears once, as in a dictionary).</summary>
    public static LanguageTexts From(IReadOnlyCollection<KeyValuePair<string, string>> texts)
    {
        var languages = new string[texts.Count];
        var values = new string[texts.Count];
        var i = 0;
        foreach (var (language, text) in texts)
        {
            languages[i] = language;
            values[i++] = text;
        }

        return new LanguageTexts(languages, values);
    }

    public int Count => _languages.Length;

    public IEnumerable<string> Keys => _languages;

    public IEnumerable<string> Values => _texts;

    public string this[string key] => TryGetValue(key, out var text) ? text : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _texts[i] : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _languages.Length; i++)
        {
            yield return new KeyValuePair<string, string>(_languages[i], _texts[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _languages.Length; i++)
        {
            if (string.Equals(_languages[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
