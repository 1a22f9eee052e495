namespace Register.Rendering.Notices;

/// <summary>An entry of a notice page's table of contents: a part, with the activities under it.</summary>
public sealed record ContentsEntry(string Anchor, string Text, IReadOnlyList<ContentsEntry> Children);
