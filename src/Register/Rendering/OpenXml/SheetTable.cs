namespace Register.Rendering.OpenXml;

/// <summary>One worksheet: a header row and text rows (a value may hold line breaks).</summary>
public sealed record SheetTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
