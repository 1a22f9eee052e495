namespace Register.Loading.Yaml;

/// <summary>What one YAML file may cost to read. YamlDotNet 16.3 has no limits of its own.</summary>
public sealed record YamlLimits
{
    /// <summary>Largest file accepted, in bytes (default 1 MiB).</summary>
    public int MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest nesting of lists and mappings (default 32).</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most values in one file, counting every alias as a copy of what it refers to (default 100,000).</summary>
    public int MaxNodes { get; init; } = 100_000;

    /// <summary>Most aliases (<c>*name</c>) in one file (default 100).</summary>
    public int MaxAliases { get; init; } = 100;

    public static YamlLimits Default { get; } = new();
}
