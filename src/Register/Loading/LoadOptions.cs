using Register.Loading.Yaml;

namespace Register.Loading;

/// <summary>How to read a register.</summary>
public sealed record LoadOptions
{
    /// <summary>Paths in diagnostics are written relative to this folder (default: the current directory).</summary>
    public string? DisplayRoot { get; init; }

    /// <summary>What one file may cost to read.</summary>
    public YamlLimits Limits { get; init; } = YamlLimits.Default;

    /// <summary>How many files are read, and checks run (<see cref="Validation.RegisterValidation"/>), at once (null: <see cref="Concurrency.Parallelism.Default"/>; 1: one after the other). The result is the same either way.</summary>
    public int? Parallelism { get; init; }

    public static LoadOptions Default { get; } = new();
}
