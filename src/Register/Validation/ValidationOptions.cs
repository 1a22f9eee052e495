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
    /// An organisation's templates folder (--templates), or null: the validator looks only at which phrase books it adds
    /// (i18n/&lt;lang&gt;.yaml), so a language the tool has no wording for validates when the folder supplies it.
    /// </summary>
    public string? TemplatesDirectory { get; init; }

    /// <summary>
    /// How to measure a notice as rendered, for REG140 (readability minimum); null: not measured (the library's validator
    /// does not render). The validate command and the build pass one (<c>RenderedNoticeMeasure</c>).
    /// </summary>
    public INoticeMeasure? NoticeMeasure { get; init; }

    /// <summary>A review older than this many months gets a warning.</summary>
    public int ReviewMonths { get; init; } = 12;

    public static ValidationOptions Default { get; } = new();
}
