namespace Register.Vocabulary;

/// <summary>The built-in vocabulary merged with an organisation's own terms. (Stub: being filled in.)</summary>
public sealed class Vocabulary
{
    /// <summary>The built-in vocabulary, loaded once from the embedded data files.</summary>
    public static Vocabulary BuiltIn { get; } = new();
}
