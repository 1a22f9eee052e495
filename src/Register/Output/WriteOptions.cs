namespace Register.Output;

/// <summary>How to write the output folder.</summary>
public sealed record WriteOptions
{
    /// <summary>
    /// Take over files the build does not own (--force): replace files it did not make or that were changed since, and stop
    /// owning (but keep) changed files it would otherwise remove. Folders, and links to folders, are never taken over.
    /// </summary>
    public bool Force { get; init; }

    public static WriteOptions Default { get; } = new();
}
