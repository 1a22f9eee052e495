namespace Register.Views;

/// <summary>A security measure as a notice describes it: its name and what it does.</summary>
public sealed record SecurityMeasureView(string Name, string? Description);
