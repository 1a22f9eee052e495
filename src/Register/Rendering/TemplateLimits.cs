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

    /// <summary>
    /// Characters a render may write in addition for each processing activity its document lists: a record of 10,000
    /// activities is ~40 million characters of Markdown with the built-in templates (~4,000 per activity), past any fixed
    /// limit that still stops a runaway template early on a small register.
    /// </summary>
    public int OutputCharactersPerActivity { get; init; } = 32 * 1024;

    /// <summary>Steps a render may take in addition for each processing activity its document lists.</summary>
    public long StepsPerActivity { get; init; } = 20_000;

    /// <summary>These limits grown for a document that lists <paramref name="activities"/> activities (unchanged for 0).</summary>
    public TemplateLimits ForActivities(int activities) => activities <= 0
        ? this
        : this with
        {
            OutputCharacters = (int)Math.Min(int.MaxValue / 2, OutputCharacters + ((long)OutputCharactersPerActivity * activities)),
            Steps = Steps + (StepsPerActivity * activities),
        };
}
