namespace Register.Views;

/// <summary>One processing activity as a reader of the notice sees it.</summary>
public sealed record ActivityView
{
    public required string Id { get; init; }
    /// <summary>The anchor of the activity's part of the notice (its heading, or its section's when it is the section's only activity).</summary>
    public required string Anchor { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    /// <summary>The one-line summary for the first layer, as the register writes it; null when it has none.</summary>
    public string? Summary { get; init; }
    public required IReadOnlyList<PurposeView> Purposes { get; init; }
    public string? SpecialCategories { get; init; }
    public string? CriminalData { get; init; }
    public required string DataSubjects { get; init; }
    public required IReadOnlyList<string> DataCategories { get; init; }
    /// <summary>True when data comes from others than the person (Art. 14 applies).</summary>
    public bool Indirect { get; init; }
    public required IReadOnlyList<SourceView> Sources { get; init; }
    /// <summary>The Art. 13(2)(e) statement: whether the person must provide the data and what happens if not.</summary>
    public string? Provision { get; init; }
    public required IReadOnlyList<RecipientView> Recipients { get; init; }
    public required IReadOnlyList<TransferView> Transfers { get; init; }
    /// <summary>Transfers an independent controller among the recipients makes itself (e.g. a platform to its parent).</summary>
    public IReadOnlyList<TransferView> OnwardTransfers { get; init; } = [];
    public required string Retention { get; init; }
    public required IReadOnlyList<string> CategoryRetention { get; init; }
    /// <summary>The purposes and data categories with a period of their own, part and period apart, for the retention table.</summary>
    public IReadOnlyList<CategoryRetentionView> CategoryRetentionRows { get; init; } = [];
    public AutomatedDecisionView? AutomatedDecisions { get; init; }
    public IReadOnlyList<JointControllerView> JointControllers { get; init; } = [];
    /// <summary>An Art. 14(5) exemption, stated.</summary>
    public string? Exemption { get; init; }
}
