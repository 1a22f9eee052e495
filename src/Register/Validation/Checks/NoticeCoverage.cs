using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG092: every activity people must be told about appears in some notice.</summary>
public sealed class NoticeCoverage : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var sections = context.Register.Notices.SelectMany(n => n.Sections).ToList();
        var coveredIds = sections.SelectMany(s => s.Activities).ToHashSet(StringComparer.Ordinal);
        var coveredAudiences = sections.SelectMany(s => s.Audiences).ToHashSet(StringComparer.Ordinal);

        foreach (var activity in context.ActivitiesById.Values)
        {
            // A processor's activities are told to people by its controllers; an Art. 14(5) exemption means nobody is told.
            if (activity.Role == ActivityRole.Processor || activity.Exemption is not null)
            {
                continue;
            }

            var covered = sections.Count == 0
                ? activity.Audiences.Any(context.AudiencesById.ContainsKey)
                : coveredIds.Contains(activity.Id) || activity.Audiences.Any(coveredAudiences.Contains);
            if (!covered)
            {
                var why = sections.Count == 0
                    ? "it has no audience"
                    : "no section of notices.yaml lists it or one of its audiences";
                yield return Rules.ActivityInNoNotice.At(activity.LocationOf(nameof(activity.Audiences)),
                    $"Activity '{activity.Id}' appears in no privacy notice: {why}. People must be informed about it (Art. 13, 14).",
                    "Add an audience to 'audiences:' that a notice section covers, or list the activity in a section's 'activities:'; if an Art. 14(5) exemption applies, record it under 'exemption:'.");
            }
        }
    }
}
