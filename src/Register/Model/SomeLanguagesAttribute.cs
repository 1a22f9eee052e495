namespace Register.Model;

/// <summary>The text is written only in the languages where it differs from a plain value next to it (Wenen for Wien).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SomeLanguagesAttribute : Attribute;
