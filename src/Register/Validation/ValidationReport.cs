using Register.Diagnostics;
using Register.Loading;
using Register.Model;

namespace Register.Validation;

/// <summary>What loading and validating a register found: the model, the merged vocabulary and every diagnostic.</summary>
/// <param name="Register">The register; null when organisation.yaml could not be read.</param>
/// <param name="Vocabulary">The built-in vocabulary merged with register/vocabulary.yaml.</param>
/// <param name="Diagnostics">Loader and validator diagnostics, sorted by file, line and column.</param>
/// <param name="Sources">The text of every file read, for quoting source lines under diagnostics.</param>
public sealed record ValidationReport(
    RegisterModel? Register,
    Vocabulary.Terminology Vocabulary,
    IReadOnlyList<Diagnostic> Diagnostics,
    SourceFiles Sources)
{
    /// <summary>
    /// The findings as of the date the documents are made for (<see cref="ValidationOptions.AsOf"/>, by default the
    /// version date): the DPO report lists these, whatever date --today gave <see cref="Diagnostics"/>.
    /// </summary>
    public IReadOnlyList<Diagnostic> DocumentFindings { get; init; } = Diagnostics;

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
