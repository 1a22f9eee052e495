using Register.Views.Art30;

namespace Register.Views.Reports;

/// <summary>
/// What a DPO report shows of its language's controller record: the organisation and DPO as the record names them, the
/// register's version date, and each activity's special categories as the record states them. Taken while the record's
/// view is at hand, so the report can be made later (once the notices are measured) without keeping or rebuilding the
/// whole view.
/// </summary>
public sealed record DpoRecordExtract(IReadOnlyList<Art30Field> Parties, string VersionDateText, IReadOnlyDictionary<string, string> SpecialCategories)
{
    public static DpoRecordExtract Of(Art30RecordView record)
    {
        var special = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var activity in record.Activities)
        {
            // The first view of an id, as a look-up by id over the record finds it.
            special.TryAdd(activity.Id, activity.Field(Art30FieldKey.SpecialCategories).Text);
        }

        return new DpoRecordExtract(
            record.Parties.Where(p => p.Key is "organisation" or "dpo").Select(p => p with { Article = null }).ToList(),
            record.VersionDateText,
            special);
    }
}
