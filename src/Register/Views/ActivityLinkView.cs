namespace Register.Views;

/// <summary>A link to an activity's part of the notice: its anchor and name.</summary>
public sealed record ActivityLinkView(string Anchor, string Name);
