using NodaTime;
using Register.Model;

namespace Register.Workflow.Diff;

/// <summary>Says an ISO 8601 period in words: P2Y is "2 years", P1Y6M is "1 year and 6 months".</summary>
public static class PeriodText
{
    public static string Describe(IsoPeriod? period) => period switch
    {
        null => "no period",
        { Value: null } => period.Text,
        _ => Describe(period.Value),
    };

    public static string Describe(Period period)
    {
        var parts = new List<string>();
        Add(parts, period.Years, "year");
        Add(parts, period.Months, "month");
        Add(parts, period.Weeks, "week");
        Add(parts, period.Days, "day");
        Add(parts, period.Hours, "hour");
        Add(parts, period.Minutes, "minute");
        Add(parts, period.Seconds, "second");
        return parts.Count switch
        {
            0 => "no time at all",
            1 => parts[0],
            _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
        };
    }

    private static void Add(List<string> parts, long amount, string unit)
    {
        if (amount != 0)
        {
            parts.Add(FormattableString.Invariant($"{amount} {unit}{(amount == 1 ? "" : "s")}"));
        }
    }
}
