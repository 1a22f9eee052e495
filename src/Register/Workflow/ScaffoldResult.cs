namespace Register.Workflow;

/// <summary>What <c>register init</c> did: the files it wrote, or the existing files that stopped it.</summary>
public sealed record ScaffoldResult(IReadOnlyList<string> Written, IReadOnlyList<string> AlreadyThere)
{
    public bool Refused => AlreadyThere.Count > 0;
}
