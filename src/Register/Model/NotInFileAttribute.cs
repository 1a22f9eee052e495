namespace Register.Model;

/// <summary>A property the loader derives from another key; it is not a key of the file itself.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class NotInFileAttribute : Attribute;
