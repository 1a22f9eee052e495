namespace Register.Rendering.OpenXml;

/// <summary>One worksheet: a header row and text rows (a value may hold line breaks).</summary>
/// <param name="Name">The sheet's name (cut to Excel's 31 characters).</param>
/// <param name="Header">The header row: frozen, repeated on every printed page.</param>
/// <param name="Rows">The rows under it.</param>
/// <param name="Filter">Whether the sheet has an autofilter on its header row (a list of records has; a block of facts has not).</param>
public sealed record SheetTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, bool Filter = true);
