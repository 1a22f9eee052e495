using Register.Diagnostics;

namespace Register.Loading.Yaml;

/// <summary>A YAML value with the place it was written. Built by <see cref="SafeYamlReader"/>; never from tags.</summary>
public abstract class YNode(SourceLocation at)
{
    public SourceLocation At { get; } = at;

    /// <summary>A word for the kind of value, for messages: "text", "list", "mapping".</summary>
    public abstract string KindName { get; }
}
