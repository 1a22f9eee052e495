using System.Globalization;
using NodaTime;

namespace Register.Views.Localization;

/// <summary>Dates as readers of a language write them (14 september 2022, 14. September 2022), from the phrase file, not ICU.</summary>
public static class DateWords
{
    public static string Format(LocalDate date, PhraseBook phrases) =>
        phrases.Format(
            "date.format",
            ("day", date.Day.ToString(CultureInfo.InvariantCulture)),
            ("month", phrases.Get("date.months." + date.Month.ToString(CultureInfo.InvariantCulture))),
            ("year", date.Year.ToString(CultureInfo.InvariantCulture)));
}
