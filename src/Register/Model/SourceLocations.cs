using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Register.Diagnostics;

namespace Register.Model;

/// <summary>
/// Where each key of a model node was written (<see cref="ModelNode.Locations"/>), kept as two arrays in the order the keys
/// were read: a node has a handful of keys, and a dictionary per node was a large part of the model (at 10,000 activities
/// the model held over 300,000 of them). Keys of list items (<c>recipients[2]</c>) are shared strings.
/// </summary>
public sealed class SourceLocations : IReadOnlyDictionary<string, SourceLocation>
{
    private static readonly ConcurrentDictionary<(string Key, int Index), string> ItemKeys = new();

    private readonly string[] _keys;
    private readonly SourceLocation[] _values;

    private SourceLocations(string[] keys, SourceLocation[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>A node's own copy of <paramref name="locations"/> (each node has its own, as with a dictionary per node).</summary>
    public static SourceLocations From(IReadOnlyCollection<KeyValuePair<string, SourceLocation>> locations)
    {
        var keys = new string[locations.Count];
        var values = new SourceLocation[locations.Count];
        var i = 0;
        foreach (var (key, at) in locations)
        {
            keys[i] = key;
            values[i++] = at;
        }

        return new SourceLocations(keys, values);
    }

    /// <summary>The key of list item <paramref name="index"/> of <paramref name="key"/>, e.g. <c>recipients[2]</c>, one string for every node.</summary>
    public static string ItemKey(string key, int index) => ItemKeys.GetOrAdd((key, index), k => $"{k.Key}[{k.Index}]");

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<SourceLocation> Values => _values;

    public SourceLocation this[string key] => TryGetValue(key, out var at) ? at : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i] : default;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, SourceLocation>(_keys[i], _values[i]);
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
