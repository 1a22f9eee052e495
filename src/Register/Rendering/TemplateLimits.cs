namespace Register.Rendering;

/// <summary>
/// How much work one template render may do. Organisations supply their own templates, so a template that loops forever,
/// recurses without end or writes without end is stopped with a REG100 diagnostic instead of hanging the build.
/// The defaults are far above what the built-in templates need for a register of thousands of activities.
/// </summary>
public sealed record TemplateLimits
{
    /// <summary>The limits every build uses.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>Iterations of an outermost loop, counting the iterations of the loops inside it (Scriban's <c>LoopLimit</c>).</summary>
    public int LoopIterations { get; init; } = 10_000_000;

    /// <summary>Depth of nested includes and template functions (Scriban's <c>RecursiveLimit</c>).</summary>
    public int Recursion { get; init; } = 64;

    /// <summary>Characters one render may write, counting what its partials write.</summary>
    public int OutputCharacters { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Syntax nodes one render may evaluate: bounds work the other limits do not, such as a template function that calls
    /// itself twice at each level (2^60 calls within the depth limit).
    /// </summary>
    public long Steps { get; init; } = 50_000_000;
}
