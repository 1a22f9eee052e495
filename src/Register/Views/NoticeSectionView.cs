namespace Register.Views;

/// <summary>A section of a notice with the activities it covers.</summary>
public sealed record NoticeSectionView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Intro { get; init; }
    public required IReadOnlyList<ActivityView> Activities { get; init; }
}
