namespace Register.Views;

/// <summary>A row of the notice's retention table: the activity (or one of its data categories) and how long.</summary>
public sealed record RetentionRowView(string Anchor, string Activity, string? Category, string Retention);
