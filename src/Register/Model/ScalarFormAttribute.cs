namespace Register.Model;

/// <summary>The value may be written as plain text, which then fills the named property (e.g. a bare id).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ScalarFormAttribute(string property) : Attribute
{
    public string Property { get; } = property;
}
