namespace Register.Views;

/// <summary>One activity in the first layer: its name, the anchor of its part of the full text, and what is done and why.</summary>
public sealed record SummaryLineView(string Anchor, string Name, string Text);
