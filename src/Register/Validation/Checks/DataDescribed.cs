using Register.Diagnostics;

namespace Register.Validation.Checks;

/// <summary>
/// REG048, REG049: every activity says whose personal data it processes and which data, as the Art. 30(1)(c) record
/// must (and a notice, Art. 14(1)(d)). A list left empty (<c>data_subjects: []</c>) is reported at the list; one not
/// written at all is REG005.
/// </summary>
public sealed class DataDescribed : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var activity in context.Register.Activities)
        {
            if (activity.DataSubjects.Count == 0 && activity.Locations.ContainsKey("data_subjects"))
            {
                yield return Rules.NoDataSubjects.At(activity.LocationOf(nameof(activity.DataSubjects)),
                    $"Activity '{activity.Id}' lists no data subjects: its record must say whose personal data it processes (Art. 30(1)(c)).",
                    "List the categories of people under 'data_subjects:', e.g. [customers], using ids from docs/vocabulary.md or vocabulary.yaml.");
            }

            if (activity.DataCategories.Count == 0 && activity.Locations.ContainsKey("data_categories"))
            {
                yield return Rules.NoDataCategories.At(activity.LocationOf(nameof(activity.DataCategories)),
                    $"Activity '{activity.Id}' lists no data categories: its record must say which personal data it processes (Art. 30(1)(c)), and a notice must name them when the data comes from others (Art. 14(1)(d)).",
                    "List the kinds of personal data under 'data_categories:', e.g. [contact-details], using ids from docs/vocabulary.md or vocabulary.yaml.");
            }
        }
    }
}
