namespace Register.Rendering;

/// <summary>An anchor to give the heading of a level and text, instead of the id made from its text.</summary>
public sealed record HeadingAnchor(int Level, string Text, string Anchor);
