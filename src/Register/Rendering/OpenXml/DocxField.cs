namespace Register.Rendering.OpenXml;

/// <summary>A row of a two-column field table: the label, an optional note under it (e.g. the article), and the values.</summary>
public sealed record DocxField(string Label, string? Note, IReadOnlyList<string> Values);
