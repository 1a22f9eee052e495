namespace Register.Views.Art30;

/// <summary>One labelled field of a record entry; <see cref="Values"/> is never empty (the builder writes "none" or "not recorded").</summary>
public sealed record Art30Field(string Key, string Label, string? Article, IReadOnlyList<string> Values)
{
    /// <summary>The values as one text, one value per line.</summary>
    public string Text => string.Join("\n", Values);
}
