namespace Register.Rendering;

/// <summary>A heading of a rendered document: level, anchor id and plain text.</summary>
public sealed record HtmlHeading(int Level, string Anchor, string Text);
