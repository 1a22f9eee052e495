using NodaTime;
using Register.Views.Art30;

namespace Register.Views.Reports;

/// <summary>The DPO report in one language: register statistics and the validator's findings, each as a short table.</summary>
public sealed record DpoReportView
{
    public required string Language { get; init; }

    public required Art30Phrases Phrases { get; init; }

    public required string Title { get; init; }

    public required string OrganisationName { get; init; }

    /// <summary>Organisation, DPO, as-of date, register version.</summary>
    public required IReadOnlyList<Art30Field> Cover { get; init; }

    public required LocalDate AsOf { get; init; }

    /// <summary>The as-of date in words (the register's version date unless a build gives another).</summary>
    public required string AsOfText { get; init; }

    /// <summary>"Peildatum 1 november 2026", for the footer.</summary>
    public required string AsOfLine { get; init; }

    public required string StatisticsHeading { get; init; }

    public required IReadOnlyList<ReportTable> Statistics { get; init; }

    public required string FindingsHeading { get; init; }

    public required string FindingsIntro { get; init; }

    /// <summary>One table per diagnostic code, in code order.</summary>
    public required IReadOnlyList<ReportTable> Findings { get; init; }

    /// <summary>The text for a topic without rows.</summary>
    public required string None { get; init; }
}
