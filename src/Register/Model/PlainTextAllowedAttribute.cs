namespace Register.Model;

/// <summary>
/// The text may be written once as plain text when it is the same in every language (a person's name), or per language
/// when it differs (a function such as "Privacyteam" / "Datenschutzteam").
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class PlainTextAllowedAttribute : Attribute;
