using Register.Diagnostics;
using Register.Output;
using Register.Validation;

namespace Register.Pipeline;

/// <summary>
/// What a build did: the validation report, the build's own findings, the files rendered (with their bytes only when rendered
/// in memory: <see cref="BuildPipeline.Render"/>, exports) and, when written, what changed.
/// </summary>
public sealed record BuildResult(ValidationReport Validation, IReadOnlyList<Diagnostic> BuildDiagnostics, IReadOnlyList<OutputFile> Files)
{
    /// <summary>Every file of the build by path and SHA-256, sorted by path, however it was written; empty with errors.</summary>
    public IReadOnlyList<BuiltFile> Built { get; init; } = [];

    /// <summary>The documents (e.g. notice/website/nl, record/art30-controller/nl) an incremental build rendered; empty for a render in memory.</summary>
    public IReadOnlyList<string> RenderedDocuments { get; init; } = [];

    /// <summary>The documents an incremental build kept from the last build, because their inputs hash the same.</summary>
    public IReadOnlyList<string> KeptDocuments { get; init; } = [];

    /// <summary>
    /// True when nothing the build depends on changed since the last build into the folder and every file was as written:
    /// the last build's verdict (its diagnostics, files and readability) is given again without loading the register, and
    /// <see cref="Validation"/> has no model (<see cref="ValidationReport.Register"/> is null).
    /// </summary>
    public bool Replayed { get; init; }

    /// <summary>What writing changed in the output folder; null when nothing was written (render only, or errors).</summary>
    public WriteOutcome? Written { get; init; }

    /// <summary>
    /// A wrong option value (e.g. a language the register does not have), with the accepted values: a usage error, not a
    /// problem of the register; null when the options were fine.
    /// </summary>
    public string? UsageError { get; init; }

    /// <summary>The readability of every notice rendered, by output name and language.</summary>
    public IReadOnlyList<Readability.NoticeReadability> Readability { get; init; } = [];

    /// <summary>Validation and build diagnostics together, sorted by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } =
        Validation.Diagnostics.Concat(BuildDiagnostics).Distinct().Order(Comparer<Diagnostic>.Create(Diagnostic.Compare)).ToList();

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
