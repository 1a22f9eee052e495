using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>
/// REG020: ids that must be unique (across files, within an activity, within a notice) are. Two notices with one output
/// name are REG104 (<see cref="NoticeStructure"/>), said once.
/// </summary>
public sealed class UniqueIds : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var register = context.Register;
        var found = new List<Diagnostic>();
        Unique(found, "processing activity", register.Activities, a => a.Id);
        Unique(found, "recipient", register.Recipients, r => r.Id);
        Unique(found, "security measure", register.Measures, m => m.Id);
        Unique(found, "audience", register.Organisation.Audiences, a => a.Id);
        Unique(found, "group entity", register.Organisation.GroupEntities, g => g.Id);
        Unique(found, "notice", register.Notices, n => n.Id);
        Unique(found, "data category", register.Vocabulary.DataCategories, t => t.Id);
        Unique(found, "data subject category", register.Vocabulary.DataSubjects, t => t.Id);
        Unique(found, "recipient category", register.Vocabulary.RecipientCategories, t => t.Id);
        foreach (var activity in register.Activities)
        {
            Unique(found, $"purpose of activity '{activity.Id}'", activity.Purposes, p => p.Id);
        }

        foreach (var notice in register.Notices)
        {
            Unique(found, $"section of notice '{notice.Id}'", notice.Sections, s => s.Id);
        }

        return found;
    }

    private static void Unique<T>(
        List<Diagnostic> found, string what, IEnumerable<T> items, Func<T, string?> id)
        where T : ModelNode
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (id(item) is not { Length: > 0 } key)
            {
                continue;
            }

            if (first.TryGetValue(key, out var original))
            {
                var at = original.LocationOf("Id");
                found.Add(Rules.DuplicateId.At(item.LocationOf("Id"),
                    $"Another {what} already has the id '{key}' (at {at}); each must be unique.",
                    $"Give this {what} a different id, or merge it with the one at {at}.",
                    new RelatedLocation(at, $"'{key}' is first defined here.")));
            }
            else
            {
                first[key] = item;
            }
        }
    }
}
