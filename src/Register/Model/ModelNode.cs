using Register.Diagnostics;

namespace Register.Model;

/// <summary>Base of every model value read from a register file: where it was written, and where each of its keys was.</summary>
public abstract record ModelNode
{
    /// <summary>Where this value starts.</summary>
    public SourceLocation At { get; init; }

    /// <summary>Where the value of each key was written, by YAML key (snake_case); only values that could be read.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>YAML keys written with a value that could not be read (already reported); the property holds its default.</summary>
    public IReadOnlySet<string> Rejected { get; init; } = NoneRejected;

    /// <summary>The <see cref="Rejected"/> of a node without rejected keys, shared: most nodes have none.</summary>
    public static IReadOnlySet<string> NoneRejected { get; } = System.Collections.Frozen.FrozenSet<string>.Empty;

    /// <summary>Whether the file has a key for this property at all, readable or not.</summary>
    public bool Wrote(string property) =>
        Locations.ContainsKey(Naming.ToYamlKey(property)) || Rejected.Contains(Naming.ToYamlKey(property));

    /// <summary>Where a property's value was written, by C# property name or YAML key; the node itself when absent.</summary>
    public SourceLocation LocationOf(string property) =>
        Locations.TryGetValue(Naming.ToYamlKey(property), out var at) ? at : At;

    /// <summary>Where item <paramref name="index"/> (0-based) of a list of ids was written; the list itself when unknown.</summary>
    public SourceLocation LocationOfItem(string property, int index) =>
        Locations.TryGetValue(ItemKey(Naming.ToYamlKey(property), index), out var at) ? at : LocationOf(property);

    /// <summary>The <see cref="Locations"/> key of a list item: <c>recipients[2]</c>.</summary>
    public static string ItemKey(string key, int index) => SourceLocations.ItemKey(key, index);
}
