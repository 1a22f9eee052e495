namespace Register.Views;

/// <summary>A section of a notice with the activities it covers.</summary>
public sealed record NoticeSectionView
{
    public required string Id { get; init; }
    /// <summary>The anchor of the section's heading: its id, made unique within the notice.</summary>
    public required string Anchor { get; init; }
    public required string Title { get; init; }
    public string? Intro { get; init; }
    public required IReadOnlyList<ActivityView> Activities { get; init; }
    /// <summary>Links to pages third parties run, through which no data pass to us; empty when the section lists none.</summary>
    public IReadOnlyList<ThirdPartyPageView> ThirdPartyPages { get; init; } = [];
    /// <summary>What following such a link means (the provider's own privacy notice applies there); null without links.</summary>
    public string? ThirdPartyPagesText { get; init; }
    /// <summary>True when the section covers one activity and nothing else: its heading is the activity's, so the activity gets no heading of its own.</summary>
    public bool IsSingleActivity { get; init; }
}
