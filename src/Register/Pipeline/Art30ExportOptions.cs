using Register.Rendering.Formats;
using Register.Views.Art30;

namespace Register.Pipeline;

/// <summary>Which Art. 30 record to export, in which language and format, and how to validate and render it.</summary>
public sealed record Art30ExportOptions
{
    /// <summary>A format that has a record version (<see cref="OutputFormats.For"/> <see cref="DocumentKinds.Record"/>).</summary>
    public required OutputFormat Format { get; init; }

    /// <summary>A language code of the register (organisation.yaml 'languages').</summary>
    public required string Language { get; init; }

    public Art30RecordKind Kind { get; init; } = Art30RecordKind.Controller;

    /// <summary>
    /// The file to write through <see cref="Output.SingleFileWriter"/> (--out, or the default name for docx and xlsx);
    /// null: render only, the caller shows the content (standard output for text formats).
    /// </summary>
    public string? Target { get; init; }

    /// <summary>Validation, template overrides and the as-of date, as for a build (its Formats are ignored).</summary>
    public BuildOptions Build { get; init; } = BuildOptions.Default;
}
