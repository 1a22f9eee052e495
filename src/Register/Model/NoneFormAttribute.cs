namespace Register.Model;

/// <summary>
/// The list may be written as the word <c>none</c> (<c>cookies: none</c>): the register then states that there are none,
/// and the list is empty. Left out, the list is null: the register says nothing, which the validator can tell apart.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class NoneFormAttribute : Attribute;
