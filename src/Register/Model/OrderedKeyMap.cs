using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Register.Model;

/// <summary>
/// A map by string key kept as two arrays in the order the keys were written. The model's nodes and texts have a
/// handful of keys each, and a dictionary per node (<see cref="SourceLocations"/>) or per text (<see cref="LanguageTexts"/>)
/// was a large part of the model's memory; a lookup is a short linear scan. The keys of one node type (or the languages
/// of a text) come in the same order in node after node, so maps with equal keys share one keys array
/// (<see cref="SharedKeys"/>); only the values are each map's own.
/// </summary>
public abstract class OrderedKeyMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;

    /// <summary>A copy of <paramref name="entries"/> (a key appears once, as in a dictionary).</summary>
    protected OrderedKeyMap(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        var keys = new string[entries.Count];
        _values = new TValue[entries.Count];
        var i = 0;
        foreach (var (key, value) in entries)
        {
            keys[i] = key;
            _values[i++] = value;
        }

        _keys = SharedKeys.Of(keys);
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

/// <summary>
/// One keys array for every <see cref="OrderedKeyMap{TValue}"/> with the same keys in the same order: at 10,000 activities
/// ~280,000 nodes and ~130,000 texts had a keys array each, with a few hundred different ones among them. The arrays are
/// never written after they are made. The pool stops growing at <see cref="Limit"/> arrays (then a map keeps its own),
/// so no input makes it hold more than that.
/// </summary>
internal static class SharedKeys
{
    /// <summary>The most different key arrays shared.</summary>
    public const int Limit = 65_536;

    private static readonly ConcurrentDictionary<string[], string[]> Arrays = new(new Sequence());

    /// <summary>The shared array equal to <paramref name="keys"/>, which becomes it when there is none yet.</summary>
    public static string[] Of(string[] keys)
    {
        if (keys.Length == 0)
        {
            return [];
        }

        if (Arrays.TryGetValue(keys, out var shared))
        {
            return shared;
        }

        return Arrays.Count < Limit ? Arrays.GetOrAdd(keys, keys) : keys;
    }

    private sealed class Sequence : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(string[] keys)
        {
            var hash = new HashCode();
            foreach (var key in keys)
            {
                hash.Add(key, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
