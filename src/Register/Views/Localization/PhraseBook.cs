using System.Text;

namespace Register.Views.Localization;

/// <summary>The fixed wording of one language, by dotted key (<c>notice.rights_heading</c>), from a phrase file.</summary>
public sealed class PhraseBook
{
    private readonly IReadOnlyDictionary<string, string> _phrases;

    public PhraseBook(string language, IReadOnlyDictionary<string, string> phrases)
    {
        Language = language;
        _phrases = phrases;
    }

    /// <summary>The language code, e.g. <c>nl</c>.</summary>
    public string Language { get; }

    /// <summary>Every key, in ordinal order.</summary>
    public IEnumerable<string> Keys => _phrases.Keys.Order(StringComparer.Ordinal);

    public bool Contains(string key) => _phrases.ContainsKey(key);

    public string? TryGet(string key) => _phrases.TryGetValue(key, out var text) ? text : null;

    /// <summary>The phrase for a key. Phrase files are checked for completeness when loaded, so a miss is a bug.</summary>
    public string Get(string key) =>
        TryGet(key) ?? throw new KeyNotFoundException($"Phrase '{key}' is missing for language '{Language}'.");

    /// <summary>The phrase with each <c>{name}</c> replaced by its value.</summary>
    public string Format(string key, params (string Name, string Value)[] values) => Fill(Get(key), values);

    /// <summary>Replaces each <c>{name}</c> in a text; unknown placeholders are left as written.</summary>
    public static string Fill(string text, params (string Name, string Value)[] values)
    {
        var result = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            result.Append(text, i, open - i);
            var name = text.Substring(open + 1, close - open - 1);
            var found = Array.FindIndex(values, v => string.Equals(name, v.Name, StringComparison.Ordinal));
            if (found >= 0)
            {
                // Values are inserted once and never rescanned, so braces inside a value stay as written.
                result.Append(values[found].Value);
            }
            else
            {
                result.Append(text, open, close - open + 1);
            }

            i = close + 1;
        }

        return result.ToString();
    }

    /// <summary>A number in words where the phrase file has them (small numbers), digits otherwise.</summary>
    public string Number(long value) =>
        TryGet("numbers." + value.ToString(System.Globalization.CultureInfo.InvariantCulture))
        ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An ordinal word (first, second, …) or the digits when the phrase file has none.</summary>
    public string Ordinal(int value) =>
        TryGet("ordinals." + value.ToString(System.Globalization.CultureInfo.InvariantCulture))
        ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
