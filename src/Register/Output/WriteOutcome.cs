namespace Register.Output;

/// <summary>What writing the output folder did: files written (new or changed), left as they were, and removed.</summary>
public sealed record WriteOutcome(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed);
