namespace Register.Output;

/// <summary>
/// What writing the output folder did: files written (new or changed), left as they were, and removed; or, when
/// <see cref="Conflicts"/> is not empty, nothing at all, because those files are not the build's to replace or remove.
/// </summary>
public sealed record WriteOutcome(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed)
{
    /// <summary>Files the build would have replaced or removed but does not own; with any, nothing was written.</summary>
    public IReadOnlyList<OutputConflict> Conflicts { get; init; } = [];

    /// <summary>Files the build would have removed but that were changed by hand; left in place and no longer owned (--force only).</summary>
    public IReadOnlyList<string> Released { get; init; } = [];

    /// <summary>True when a build interrupted earlier was completed before this one (see <see cref="OutputJournal"/>).</summary>
    public bool Recovered { get; init; }
}
