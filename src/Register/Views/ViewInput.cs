using NodaTime;
using Register.Diagnostics;
using Register.Model;

namespace Register.Views;

/// <summary>What every view is built from: the validated register, its vocabulary, the validator's findings and the as-of date.</summary>
public sealed record ViewInput
{
    public required RegisterModel Register { get; init; }

    /// <summary>The built-in vocabulary merged with the register's own terms.</summary>
    public required Vocabulary.Terminology Vocabulary { get; init; }

    /// <summary>Warnings (and infos) the validator reported; views are built only for a register without errors.</summary>
    public IReadOnlyList<Diagnostic> Findings { get; init; } = [];

    /// <summary>The date reports are computed for: the register's version date unless given, so output stays deterministic.</summary>
    public required LocalDate AsOf { get; init; }
}
