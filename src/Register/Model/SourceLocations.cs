using System.Collections.Concurrent;
using Register.Diagnostics;

namespace Register.Model;

/// <summary>
/// Where each key of a model node was written (<see cref="ModelNode.Locations"/>), in the order the keys were read
/// (<see cref="OrderedKeyMap{TValue}"/>): a node has a handful of keys, and a dictionary per node was a large part of the
/// model (at 10,000 activities the model held over 300,000 of them). Keys of list items (<c>recipients[2]</c>) are
/// shared strings.
/// </summary>
public sealed class SourceLocations : OrderedKeyMap<SourceLocation>
{
    private static readonly ConcurrentDictionary<(string Key, int Index), string> ItemKeys = new();

    private SourceLocations(IReadOnlyCollection<KeyValuePair<string, SourceLocation>> locations)
        : base(locations)
    {
    }

    /// <summary>A node's own copy of <paramref name="locations"/> (each node has its own, as with a dictionary per node).</summary>
    public static SourceLocations From(IReadOnlyCollection<KeyValuePair<string, SourceLocation>> locations) => new(locations);

    /// <summary>The key of list item <paramref name="index"/> of <paramref name="key"/>, e.g. <c>recipients[2]</c>, one string for every node.</summary>
    public static string ItemKey(string key, int index) => ItemKeys.GetOrAdd((key, index), k => $"{k.Key}[{k.Index}]");
}
