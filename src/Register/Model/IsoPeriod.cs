using NodaTime;

namespace Register.Model;

/// <summary>An ISO 8601 period such as <c>P3Y</c> or <c>P6M</c>; <c>unlimited</c> is kept so the validator can report it.</summary>
public sealed record IsoPeriod : ModelNode
{
    /// <summary>The text as written.</summary>
    public string Text { get; init; } = "";

    /// <summary>The parsed period; null when unlimited.</summary>
    public Period? Value { get; init; }

    public bool IsUnlimited => Value is null;
}
