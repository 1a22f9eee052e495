namespace Register.Validation;

/// <summary>The validator's rules, in the order they run. Add a new rule here.</summary>
public static class RegisterRules
{
    public static IReadOnlyList<IRegisterRule> All { get; } =
    [
    ];
}
