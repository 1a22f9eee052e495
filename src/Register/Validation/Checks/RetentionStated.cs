using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG060–REG065: every activity says how long data is kept (Art. 13(2)(a)), as a period from an event or a criterion.</summary>
public sealed class RetentionStated : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var activity in context.Register.Activities)
        {
            if (activity.Retention is null)
            {
                var missing = activity.Locations.ContainsKey("retention") ? "'retention' is empty" : "there is no 'retention'";
                yield return Rules.RetentionMissing.At(activity.LocationOf(nameof(activity.Retention)),
                    $"Activity '{activity.Id}' does not say how long the data is kept: {missing}. A notice must give the period or the criteria (Art. 13(2)(a)).",
                    "Add 'retention:' with 'period:' (e.g. P2Y), 'runs_from:' (the event it counts from) and 'then:' (delete, anonymise or review); or 'criterion:' when no period can be given.");
            }
            else
            {
                foreach (var diagnostic in Check(activity.Retention, $"activity '{activity.Id}'"))
                {
                    yield return diagnostic;
                }
            }

            foreach (var use in activity.DataCategories.Where(u => u.Retention is not null))
            {
                foreach (var diagnostic in Check(use.Retention!, $"data category '{use.Category}' of activity '{activity.Id}'"))
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> Check(RetentionRule rule, string whose) =>
        CheckPeriod(rule, whose).Concat(CheckInactivity(rule, whose)).Concat(CheckKeptAfter(rule, whose));

    private static IEnumerable<Diagnostic> CheckPeriod(RetentionRule rule, string whose)
    {
        var period = rule.Period;
        // 'period:' with nothing after it reads as no period at all; an unreadable one the loader reported (REG008).
        if (period is null && rule.Locations.ContainsKey("period"))
        {
            yield return Rules.EmptyRetentionPeriod.At(rule.LocationOf(nameof(rule.Period)),
                $"The retention of {whose} has 'period:' with nothing after it, so it does not say how long data is kept.",
                Rules.EmptyRetentionPeriod.Fix);
            yield break;
        }

        if (period is null && Blank.Text(rule.Criterion))
        {
            // An unreadable period was already reported by the loader (REG008); don't add a second message for it.
            if (!rule.Wrote(nameof(rule.Period)))
            {
                yield return Rules.RetentionIncomplete.At(rule.At,
                    $"The retention of {whose} has neither a 'period' nor a 'criterion', so it does not say how long data is kept.",
                    "Add 'period:' (e.g. P2Y) with 'runs_from:', or 'criterion:' explaining what determines how long data is kept.");
            }

            yield break;
        }

        if (period is null)
        {
            yield break;
        }

        if (period.IsUnlimited)
        {
            yield return Rules.RetentionUnlimited.At(rule.LocationOf(nameof(rule.Period)),
                $"The retention of {whose} is 'unlimited'; personal data may be kept no longer than necessary (Art. 5(1)(e)).",
                "Give a period (e.g. P10Y) with 'runs_from:', or a 'criterion:' that says when the data is no longer needed.");
            yield break;
        }

        if (IsoPeriod.WhyNotStatable(period.Value!) is { } why)
        {
            yield return Rules.NonPositivePeriod.At(rule.LocationOf(nameof(rule.Period)),
                $"The retention period '{period.Text}' of {whose} {why}, so a notice cannot state it.",
                "Write a period longer than zero in whole units, e.g. P30D, P6M or P2Y; if data is deleted at once, say so in 'criterion:'.");
        }

        if (Blank.Text(rule.RunsFrom))
        {
            yield return Rules.PeriodWithoutStart.At(rule.LocationOf(nameof(rule.Period)),
                $"The retention period '{period.Text}' of {whose} does not say from when it runs.",
                "Add 'runs_from:' with the event the period counts from, e.g. 'the end of the year in which the invoice was paid'.");
        }
    }

    // "or until you have been inactive for two years": the event needs its period, and a period is shown only with the event.
    private static IEnumerable<Diagnostic> CheckInactivity(RetentionRule rule, string whose)
    {
        var ends = rule.OrUntil.Contains(RetentionEvent.Inactivity);
        var idle = rule.Inactivity;
        if (ends && idle is null && !rule.Wrote(nameof(rule.Inactivity)))
        {
            yield return Rules.InactivityWithoutPeriod.At(rule.LocationOf(nameof(rule.OrUntil)),
                $"The retention of {whose} ends at inactivity ('or_until: inactivity'), but does not say after how long: there is no 'inactivity:'.",
                Rules.InactivityWithoutPeriod.Fix);
        }
        else if (ends && idle is { IsUnlimited: true })
        {
            yield return Rules.InactivityWithoutPeriod.At(rule.LocationOf(nameof(rule.Inactivity)),
                $"The retention of {whose} ends after a time of inactivity, but 'inactivity: unlimited' is not a time.",
                Rules.InactivityWithoutPeriod.Fix);
        }
        else if (!ends && rule.Wrote(nameof(rule.Inactivity)))
        {
            yield return Rules.InactivityNotAnEnd.At(rule.LocationOf(nameof(rule.Inactivity)),
                $"The retention of {whose} gives 'inactivity:', but inactivity is not among the events under 'or_until:', so no document would state it.",
                Rules.InactivityNotAnEnd.Fix);
        }

        if (idle?.Value is { } value && IsoPeriod.WhyNotStatable(value) is { } why)
        {
            yield return Rules.NonPositivePeriod.At(rule.LocationOf(nameof(rule.Inactivity)),
                $"The time of inactivity '{idle.Text}' in the retention of {whose} {why}, so a notice cannot state it.",
                "Write a period longer than zero in whole units, e.g. P6M or P2Y.");
        }
    }

    private static IEnumerable<Diagnostic> CheckKeptAfter(RetentionRule rule, string whose)
    {
        if (rule.KeptAfter?.Period is not { } period)
        {
            yield break;
        }

        if (period.IsUnlimited)
        {
            yield return Rules.RetentionUnlimited.At(rule.KeptAfter.LocationOf(nameof(RetentionExtension.Period)),
                $"The data of {whose} is kept after the retention for 'unlimited' time ('kept_after:'); personal data may be kept no longer than necessary (Art. 5(1)(e)).",
                "Give 'kept_after:' a period (e.g. P5Y), or leave 'period:' out and let the reason say how long.");
        }
        else if (IsoPeriod.WhyNotStatable(period.Value!) is { } why)
        {
            yield return Rules.NonPositivePeriod.At(rule.KeptAfter.LocationOf(nameof(RetentionExtension.Period)),
                $"The period '{period.Text}' for which the data of {whose} is kept after the retention ('kept_after:') {why}, so a notice cannot state it.",
                "Write a period longer than zero in whole units, e.g. P5Y.");
        }
    }
}
