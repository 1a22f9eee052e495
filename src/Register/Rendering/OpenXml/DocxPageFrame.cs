namespace Register.Rendering.OpenXml;

/// <summary>What every page of a Word document shows: the title in the header, version and "page X of Y" in the footer.</summary>
/// <param name="HeaderText">The header line, e.g. the document title and organisation.</param>
/// <param name="VersionText">The start of the footer, e.g. "Versie 1 november 2026".</param>
/// <param name="Page">The word before the page number ("Pagina").</param>
/// <param name="Of">The word between page number and page count ("van").</param>
public sealed record DocxPageFrame(string HeaderText, string VersionText, string Page, string Of);
