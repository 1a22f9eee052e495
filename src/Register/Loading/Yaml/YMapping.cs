using Register.Diagnostics;

namespace Register.Loading.Yaml;

/// <summary>A YAML mapping. Keys are unique: the reader reports and drops duplicates.</summary>
public sealed class YMapping(SourceLocation at, IReadOnlyList<YEntry> entries) : YNode(at)
{
    public IReadOnlyList<YEntry> Entries { get; } = entries;

    public override string KindName => "mapping (key: value)";

    public YEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }
}
