namespace Register.Loading.Yaml;

/// <summary>
/// One instance of each short scalar text across the files of one load: language codes, ids, category and measure names
/// repeat in every activity (at 10,000 activities "nl", "en" and "de" alone were ~385,000 strings, 10 MB), and the model
/// keeps what the reader gives it. Long texts (descriptions, purposes) are left as read: they seldom repeat.
/// </summary>
public sealed class ScalarPool
{
    /// <summary>Texts up to this many characters are shared.</summary>
    public const int MaxLength = 64;

    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    /// <summary>Distinct texts held (for tests).</summary>
    public int Count => _texts.Count;

    /// <summary>The pool's instance of <paramref name="text"/>, which becomes it when the pool has none yet.</summary>
    public string Share(string text)
    {
        if (text.Length > MaxLength)
        {
            return text;
        }

        if (_texts.TryGetValue(text, out var shared))
        {
            return shared;
        }

        _texts.Add(text);
        return text;
    }
}
