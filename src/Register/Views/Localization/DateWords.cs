using System.Globalization;
using NodaTime;
using Register.Model;

namespace Register.Views.Localization;

/// <summary>Dates as readers of a language write them (14 september 2022, 14. September 2022, januari 2021), from the phrase file, not ICU.</summary>
public static class DateWords
{
    public static string Format(LocalDate date, PhraseBook phrases) =>
        phrases.Format(
            "date.format",
            ("day", date.Day.ToString(CultureInfo.InvariantCulture)),
            ("month", phrases.Get("date.months." + date.Month.ToString(CultureInfo.InvariantCulture))),
            ("year", date.Year.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A version date as the register gives it: "januari 2021" for a month, "14 januari 2021" for a day.</summary>
    public static string Format(VersionStamp version, PhraseBook phrases) =>
        version.Month is { } month
            ? phrases.Format(
                "date.month_format",
                ("month", phrases.Get("date.months." + month.Month.ToString(CultureInfo.InvariantCulture))),
                ("year", month.Year.ToString(CultureInfo.InvariantCulture)))
            : Format(version.Date, phrases);
}
