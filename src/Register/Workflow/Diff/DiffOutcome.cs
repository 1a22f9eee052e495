namespace Register.Workflow.Diff;

/// <summary>What comparing two versions of a register gave: the changes, or the one problem that prevented it.</summary>
public sealed record DiffOutcome(string From, string To, IReadOnlyList<RegisterChange> Changes)
{
    /// <summary>Why no comparison could be made (missing revision, no git, unreadable register); null when it was made.</summary>
    public string? Problem { get; init; }

    /// <summary>2 for a missing revision, git or folder; 1 when a version of the register cannot be read.</summary>
    public int ProblemExitCode { get; init; }

    /// <summary>Things the reader should know, e.g. that one version has errors and the comparison may be incomplete.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static DiffOutcome Failed(string from, string to, string problem, int exitCode) =>
        new(from, to, []) { Problem = problem, ProblemExitCode = exitCode };
}
