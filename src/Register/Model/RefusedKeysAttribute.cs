namespace Register.Model;

/// <summary>
/// Keys a reader may expect on this kind of entry that the entry cannot have, each refused with REG272 and the reason
/// instead of "unknown key": a link to a third party's page has no legal basis, recipients or transfers.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RefusedKeysAttribute(params string[] keys) : Attribute
{
    public IReadOnlyList<string> Keys { get; } = keys;
}
