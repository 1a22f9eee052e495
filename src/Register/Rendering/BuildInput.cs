using NodaTime;
using Register.Diagnostics;
using Register.Model;

namespace Register.Rendering;

/// <summary>Everything a renderer may read: the validated register, its vocabulary, and the validator's findings.</summary>
public sealed record BuildInput
{
    public required RegisterModel Register { get; init; }

    public required Vocabulary.Terminology Vocabulary { get; init; }

    /// <summary>Warnings (and infos) the validator reported; a build never runs on a register with errors.</summary>
    public IReadOnlyList<Diagnostic> Findings { get; init; } = [];

    /// <summary>The date reports are computed for: the register's version date unless given, so output stays deterministic.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>An organisation's folder of template and phrase overrides, if any.</summary>
    public string? TemplatesDirectory { get; init; }

    /// <summary>The template engine of this build (built-in templates with the overrides on top), compiled once and shared by producers.</summary>
    public TemplateEngine Templates { get; init; } = TemplateEngine.BuiltIn;

    /// <summary>Where producers report what they cannot render (missing texts, incomplete notices, broken templates).</summary>
    public DiagnosticBag Diagnostics { get; init; } = new();

    /// <summary>Where the notice producer records each notice's readability, for the build summary and the DPO report.</summary>
    public Readability.ReadabilityLog Readability { get; init; } = new();
}
