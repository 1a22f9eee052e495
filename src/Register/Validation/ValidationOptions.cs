using NodaTime;
using Register.Loading;

namespace Register.Validation;

/// <summary>How to load and validate a register.</summary>
public sealed record ValidationOptions
{
    /// <summary>How to read the files.</summary>
    public LoadOptions Load { get; init; } = LoadOptions.Default;

    /// <summary>The date checks are made against (--today); null: the register's version date (organisation.yaml), never the clock.</summary>
    public LocalDate? Today { get; init; }

    /// <summary>
    /// The date the documents are made for (the DPO report's findings); null: the register's version date. When it differs
    /// from <see cref="Today"/>, the date-dependent checks also run as of this date, into <see cref="ValidationReport.DocumentFindings"/>.
    /// </summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>
    /// The languages that have a phrase book (REG102): the built-in ones plus an organisation's --templates folder, as
    /// the build reads it (<c>TemplateSource.PhraseLanguages</c>); null: only the built-in ones.
    /// </summary>
    public IReadOnlySet<string>? PhraseLanguages { get; init; }

    /// <summary>
    /// How to measure a notice as rendered, for REG140 (readability minimum); null: not measured (the library's validator
    /// does not render). The validate command passes one (<c>RenderedNoticeMeasure</c>); the build measures the notices it
    /// renders instead (<see cref="RegisterValidation.WithReadability"/>).
    /// </summary>
    public INoticeMeasure? NoticeMeasure { get; init; }

    /// <summary>A review older than this many months gets a warning.</summary>
    public int ReviewMonths { get; init; } = 12;

    public static ValidationOptions Default { get; } = new();
}
