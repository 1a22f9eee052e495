namespace Register.Views;

/// <summary>Another language version of the same notice: its language code, name and file name.</summary>
public sealed record LanguageVersionView(string Language, string Name, string Href);
