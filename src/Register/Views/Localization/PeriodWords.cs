using NodaTime;

namespace Register.Views.Localization;

/// <summary>An ISO 8601 period in words: "drie jaar", "drei Jahre", "one year and six months".</summary>
public static class PeriodWords
{
    public static string Format(Period period, PhraseBook phrases)
    {
        // Kept as written (P18M stays eighteen months): the register's wording is the legal commitment.
        var parts = new List<string>();
        Add(parts, period.Years, "years", phrases);
        Add(parts, period.Months, "months", phrases);
        Add(parts, period.Weeks, "weeks", phrases);
        Add(parts, period.Days, "days", phrases);
        Add(parts, (int)period.Hours, "hours", phrases);
        if (parts.Count == 0)
        {
            parts.Add(phrases.Format("period.days.other", ("count", phrases.Number(0))));
        }

        return ListWords.And(parts, phrases);
    }

    private static void Add(List<string> parts, int count, string unit, PhraseBook phrases)
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
