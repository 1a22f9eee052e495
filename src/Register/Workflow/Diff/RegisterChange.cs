namespace Register.Workflow.Diff;

/// <summary>One change between two versions of a register, said in legal terms.</summary>
/// <param name="Kind">What kind of change it is.</param>
/// <param name="Subject">What it belongs to, for grouping: "Activity: Contact form", "Organisation", "Recipients", …</param>
/// <param name="Message">The change as one sentence, e.g. "Retention of Contact form changed from 2 years to 3 years."</param>
public sealed record RegisterChange(ChangeKind Kind, string Subject, string Message)
{
    /// <summary>The id of what changed (activity, recipient, measure, notice), when it has one.</summary>
    public string? Id { get; init; }

    /// <summary>The file the change is in (in the newer version; the older one for removals).</summary>
    public string? File { get; init; }

    /// <summary>The old value or text, when the change replaces one.</summary>
    public string? Before { get; init; }

    /// <summary>The new value or text, when the change replaces one.</summary>
    public string? After { get; init; }
}
