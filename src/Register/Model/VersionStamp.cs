using NodaTime;
using NodaTime.Text;

namespace Register.Model;

/// <summary>
/// The version date a document shows: a day, or a month when the register gives only the month. <see cref="Date"/> is
/// the day the date checks use (the month's last day for a month).
/// </summary>
public readonly record struct VersionStamp(LocalDate Date, YearMonth? Month)
{
    /// <summary>The register's version date (organisation.yaml).</summary>
    public static VersionStamp Of(Organisation organisation) => new(organisation.VersionDate, organisation.VersionMonth);

    /// <summary>The notice's own version date, or else the register's.</summary>
    public static VersionStamp Of(Notice notice, Organisation organisation) =>
        notice.VersionDate is { } date ? new VersionStamp(date, notice.VersionMonth) : Of(organisation);

    /// <summary>ISO 8601 as written: 2026-03-14, or 2026-03 for a month.</summary>
    public string Iso => Month is { } month ? YearMonthPattern.Iso.Format(month) : LocalDatePattern.Iso.Format(Date);
}
