using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Register.Model;

/// <summary>
/// A map by string key kept as two arrays in the order the keys were written. The model's nodes and texts have a
/// handful of keys each, and a dictionary per node (<see cref="SourceLocations"/>) or per text (<see cref="LanguageTexts"/>)
/// was a large part of the model's memory; a lookup is a short linear scan.
/// </summary>
public abstract class OrderedKeyMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;

    /// <summary>A copy of <paramref name="entries"/> (a key appears once, as in a dictionary).</summary>
    protected OrderedKeyMap(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        _keys = new string[entries.Count];
        _values = new TValue[entries.Count];
        var i = 0;
        foreach (var (key, value) in entries)
        {
            _keys[i] = key;
            _values[i++] = value;
        }
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<TValue> Values => _values;

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i] : default;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, TValue>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
