using NodaTime;

namespace Register.Model;

/// <summary>An ISO 8601 period such as <c>P3Y</c> or <c>P6M</c>; <c>unlimited</c> is kept so the validator can report it.</summary>
public sealed record IsoPeriod : ModelNode
{
    /// <summary>The text as written.</summary>
    public string Text { get; init; } = "";

    /// <summary>The parsed period; null when unlimited.</summary>
    public Period? Value { get; init; }

    public bool IsUnlimited => Value is null;

    /// <summary>
    /// Why a document cannot state <paramref name="period"/> as written, as the end of a sentence ("is zero"); null when it
    /// can. A notice says a period in words, unit by unit, as written (<c>P18M</c> is eighteen months): so every unit must be
    /// zero or more, one of them more than zero, and none finer than a second (there are no words for a tenth of a second).
    /// One rule for every period the register states: retention, inactivity, data kept after, a cookie's duration.
    /// </summary>
    public static string? WhyNotStatable(Period period)
    {
        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0
            || period.Hours < 0 || period.Minutes < 0 || period.Seconds < 0
            || period.Milliseconds < 0 || period.Ticks < 0 || period.Nanoseconds < 0)
        {
            return "has a part below zero";
        }

        if (period.Milliseconds != 0 || period.Ticks != 0 || period.Nanoseconds != 0)
        {
            return "has a part smaller than a second";
        }

        return period.Years == 0 && period.Months == 0 && period.Weeks == 0 && period.Days == 0
               && period.Hours == 0 && period.Minutes == 0 && period.Seconds == 0
            ? "is zero"
            : null;
    }
}
