namespace Register.Loading.Yaml;

/// <summary>
/// One instance of each scalar text across the files of one load: language codes, ids, category and measure names
/// repeat in every activity (at 10,000 activities "nl", "en" and "de" alone were ~385,000 strings, 10 MB), and so do
/// long texts written alike in many activities (a legal basis, a retention period, a purpose shared by similar
/// activities); the model keeps what the reader gives it. A text that does not repeat costs one lookup and is kept as read.
/// </summary>
public sealed class ScalarPool
{
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    /// <summary>Distinct texts held (for tests).</summary>
    public int Count => _texts.Count;

    /// <summary>The pool's instance of <paramref name="text"/>, which becomes it when the pool has none yet.</summary>
    public string Share(string text)
    {
        if (_texts.TryGetValue(text, out var shared))
        {
            return shared;
        }

        _texts.Add(text);
        return text;
    }
}
