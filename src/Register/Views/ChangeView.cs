namespace Register.Views;

/// <summary>A dated change to a notice, from changelog.yaml.</summary>
public sealed record ChangeView(string Date, string DateIso, string Summary);
