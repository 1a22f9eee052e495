using NodaTime;

namespace Register.Views.Localization;

/// <summary>An ISO 8601 period in words: "drie jaar", "drei Jahre", "one year and six months".</summary>
public static class PeriodWords
{
    /// <summary>
    /// The period unit by unit, as written (P18M stays eighteen months: the register's wording is the legal commitment).
    /// Every unit a validated register can hold has its words (<see cref="Model.IsoPeriod.WhyNotStatable"/> refuses a
    /// part below zero or finer than a second, and a period of zero).
    /// </summary>
    public static string Format(Period period, PhraseBook phrases)
    {
        var parts = new List<string>();
        Add(parts, period.Years, "years", phrases);
        Add(parts, period.Months, "months", phrases);
        Add(parts, period.Weeks, "weeks", phrases);
        Add(parts, period.Days, "days", phrases);
        Add(parts, period.Hours, "hours", phrases);
        Add(parts, period.Minutes, "minutes", phrases);
        Add(parts, period.Seconds, "seconds", phrases);
        if (parts.Count == 0)
        {
            parts.Add(phrases.Format("period.days.other", ("count", phrases.Number(0))));
        }

        return ListWords.And(parts, phrases);
    }

    private static void Add(List<string> parts, long count, string unit, PhraseBook phrases)
    {
        if (count == 0)
        {
            return;
        }

        parts.Add(count == 1
            ? phrases.Get($"period.{unit}.one")
            : phrases.Format($"period.{unit}.other", ("count", phrases.Number(count))));
    }
}
