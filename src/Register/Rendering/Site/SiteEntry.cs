using NodaTime;
using Register.Model;

namespace Register.Rendering.Site;

/// <summary>One published notice page: which notice, in which language, under which file name, with the SHA-256 of its bytes.</summary>
public sealed record SiteEntry(Notice Notice, string Language, string FileName, string Sha256, LocalDate VersionDate, YearMonth? VersionMonth = null)
{
    /// <summary>The version date as the notice shows it: a day, or a month.</summary>
    public VersionStamp Version => new(VersionDate, VersionMonth);
}
