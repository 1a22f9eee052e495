using NodaTime;
using Register.Rendering;
using Register.Rendering.Formats;
using Register.Validation;

namespace Register.Pipeline;

/// <summary>How to build: how to validate, which template overrides to use, which formats to write.</summary>
public sealed record BuildOptions
{
    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;

    /// <summary>An organisation's folder of template and phrase overrides (--templates), or null for the built-in ones.</summary>
    public string? TemplatesDirectory { get; init; }

    /// <summary>The formats to write (from <see cref="OutputFormats.All"/>); empty: every format.</summary>
    public IReadOnlyList<OutputFormat> Formats { get; init; } = [];

    /// <summary>A template engine to use instead of one made from <see cref="TemplatesDirectory"/> (tests count what it loads).</summary>
    internal TemplateEngine? Templates { get; init; }

    /// <summary>The date reports are computed for; null: the register's version date, so output never depends on the clock.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Told the path of each file as it is rendered (the CLI's progress line on a terminal); null: nobody listens.</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>
    /// How many threads render the documents (a notice or record in one language each); null: as many as read the
    /// register (<see cref="Loading.LoadOptions.Parallelism"/>, else <see cref="Concurrency.Parallelism.Default"/>).
    /// 1: one document after the other on the calling thread. The output is the same whatever the number.
    /// </summary>
    public int? Parallelism { get; init; }

    /// <summary>
    /// Whether the build may trust the output folder's cache (.register-inputs.json): keep the documents whose inputs are
    /// unchanged, and replay the last verdict when nothing changed. False (--cache off; the CLI's default in CI): every
    /// document is rendered and the register validated, so a cache that came with the repository (committed, or forged in
    /// a pull request) can never pass off old files or an old verdict as this build's. The output is the same either way.
    /// </summary>
    public bool UseCache { get; init; } = true;

    /// <summary>How to write the output folder (--force takes over files the build does not own).</summary>
    public Output.WriteOptions Write { get; init; } = Output.WriteOptions.Default;

    public static BuildOptions Default { get; } = new();
}
