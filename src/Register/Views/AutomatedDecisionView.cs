namespace Register.Views;

/// <summary>Automated decision-making (Art. 22): the logic, its significance and the envisaged consequences.</summary>
public sealed record AutomatedDecisionView(string? Profiling, string Logic, string Significance, string Consequences);
