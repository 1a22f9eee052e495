namespace Register.Views;

/// <summary>A data category of an activity with a retention period of its own.</summary>
public sealed record CategoryRetentionView(string Category, string Retention);
