using NodaTime;
using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG085–REG087: activities are reviewed regularly, and no date lies in the future or before the activity existed.</summary>
public sealed class ReviewDates : IDateDependentCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var today = context.Today;
        var found = new List<Diagnostic>();
        foreach (var activity in context.Register.Activities)
        {
            var hasCreated = activity.Locations.ContainsKey("created") && activity.Created != default;
            var hasReviewed = activity.Locations.ContainsKey("last_reviewed") && activity.LastReviewed != default;
            if (hasCreated)
            {
                Future(found, activity, nameof(activity.Created), activity.Created, today, $"activity '{activity.Id}' was entered in the register");
            }

            if (hasReviewed)
            {
                Future(found, activity, nameof(activity.LastReviewed), activity.LastReviewed, today, $"activity '{activity.Id}' was last reviewed");
                var due = activity.LastReviewed.PlusMonths(context.ReviewMonths);
                if (due < today && activity.LastReviewed <= today)
                {
                    found.Add(Rules.ReviewOverdue.At(activity.LocationOf(nameof(activity.LastReviewed)),
                        $"Activity '{activity.Id}' was last reviewed on {Show.Date(activity.LastReviewed)}, more than {context.ReviewMonths} months ago.",
                        "Check that the activity is still described correctly, then set 'last_reviewed:' to the date of that review."));
                }
            }

            if (hasCreated && hasReviewed && activity.Created > activity.LastReviewed)
            {
                found.Add(Rules.CreatedAfterReviewed.At(activity.LocationOf(nameof(activity.LastReviewed)),
                    $"Activity '{activity.Id}' was last reviewed on {Show.Date(activity.LastReviewed)}, before it was created on {Show.Date(activity.Created)}.",
                    "Correct one of the dates: 'created' is when the activity was entered, 'last_reviewed' the latest review, on or after it.",
                    new RelatedLocation(activity.LocationOf(nameof(activity.Created)), "The creation date is here.")));
            }

            if (activity.Dpia is { Date: { } dpiaDate } dpia)
            {
                Future(found, dpia, nameof(dpia.Date), dpiaDate, today, $"the DPIA of activity '{activity.Id}' was completed");
            }
        }

        foreach (var change in context.Register.Changes.Where(c => c.Locations.ContainsKey("date") && c.Date != default))
        {
            Future(found, change, nameof(change.Date), change.Date, today, "this change was made");
        }

        return found;
    }

    private static void Future(List<Diagnostic> found, ModelNode owner, string property, LocalDate date, LocalDate today, string what)
    {
        if (date > today)
        {
            found.Add(Rules.FutureDate.At(owner.LocationOf(property),
                $"The date {Show.Date(date)} on which {what} lies in the future (today is {Show.Date(today)}).",
                "Correct the date; it records something that has already happened."));
        }
    }
}
