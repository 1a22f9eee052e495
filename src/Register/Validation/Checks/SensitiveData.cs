using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>
/// REG044–REG046, REG270: special-category data has an Art. 9(2) condition, criminal-offence data an Art. 10 basis, and not
/// the other way round; Art. 9(2)(f) only where a purpose is about legal claims.
/// </summary>
public sealed class SensitiveData : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var categories = context.Vocabulary.DataCategories;
        foreach (var activity in context.Register.Activities)
        {
            var special = activity.DataCategories.FirstOrDefault(u => categories.TryGetValue(u.Category, out var t) && t.Special);
            var criminal = activity.DataCategories.FirstOrDefault(u => categories.TryGetValue(u.Category, out var t) && t.Criminal);

            if (special is not null && activity.SpecialCategories is null)
            {
                yield return Rules.SpecialCategoryWithoutCondition.At(special.LocationOf(nameof(special.Category)),
                    $"Activity '{activity.Id}' processes '{special.Category}', a special category of personal data (Art. 9(1)), without saying which Art. 9(2) condition allows it.",
                    "Add 'special_categories:' with 'condition:' (e.g. explicit_consent, employment_law, legal_claims) and an 'explanation:'.");
            }

            // Art. 9(2)(f) covers processing necessary for legal claims (or courts acting judicially), not everything a
            // debt collector does: health data shared to get a tailored arrangement is not "legal claims" (review 2026-12).
            if (special is not null && activity.SpecialCategories is { Condition: Article9Condition.LegalClaims } claims
                && !activity.Purposes.Any(p => p.LegalClaims))
            {
                yield return Rules.LegalClaimsConditionWithoutClaims.At(claims.LocationOf(nameof(claims.Condition)),
                    $"Activity '{activity.Id}' relies on Art. 9(2)(f) (legal claims) for '{special.Category}', but none of its purposes is about establishing, exercising or defending legal claims.",
                    Rules.LegalClaimsConditionWithoutClaims.Fix);
            }

            if (criminal is not null && activity.CriminalData is null)
            {
                yield return Rules.CriminalDataWithoutBasis.At(criminal.LocationOf(nameof(criminal.Category)),
                    $"Activity '{activity.Id}' processes '{criminal.Category}', data on criminal convictions and offences, without the Art. 10 basis that allows it.",
                    "Add 'criminal_data:' with 'law:' naming the law that allows it (e.g. art. 33 UAVG, § 24 BDSG).");
            }

            if (special is null && activity.SpecialCategories is not null && AllKnown(activity, categories))
            {
                yield return Rules.UnneededSpecialCondition.At(activity.LocationOf(nameof(activity.SpecialCategories)),
                    $"Activity '{activity.Id}' gives an Art. 9(2) condition but lists no special category of data.",
                    "Add the special categories the activity processes to 'data_categories:', or remove 'special_categories:'.");
            }

            if (criminal is null && activity.CriminalData is not null && AllKnown(activity, categories))
            {
                yield return Rules.UnneededSpecialCondition.At(activity.LocationOf(nameof(activity.CriminalData)),
                    $"Activity '{activity.Id}' gives an Art. 10 basis but lists no criminal-offence data.",
                    "Add the criminal-offence data category to 'data_categories:', or remove 'criminal_data:'.");
            }
        }
    }

    // With an unknown category (reported elsewhere) we cannot tell whether the condition is needed.
    private static bool AllKnown(ProcessingActivity activity, IReadOnlyDictionary<string, VocabularyTerm> categories) =>
        activity.DataCategories.All(u => categories.ContainsKey(u.Category));
}
