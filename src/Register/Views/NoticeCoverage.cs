using Register.Diagnostics;
using Register.Model;

namespace Register.Views;

/// <summary>Which activities each section of a notice covers: the listed ids first, then every activity of its audiences.</summary>
public static class NoticeCoverage
{
    public static IReadOnlyList<ProcessingActivity> Activities(NoticeSection section, RegisterModel register, DiagnosticBag? diagnostics = null)
    {
        var covered = new List<ProcessingActivity>();
        foreach (var id in section.Activities)
        {
            if (register.Activities.FirstOrDefault(a => a.Id == id) is { } activity)
            {
                covered.Add(activity);
            }
            else
            {
                diagnostics?.Report(Rules.NoticeReferenceUnknown, section.LocationOf("activities"),
                    $"Section '{section.Id}' lists activity '{id}', but no activity has that id.",
                    "Use the id written at the top of the activity's file, or remove it from the list.");
            }
        }

        foreach (var audience in section.Audiences)
        {
            if (register.Organisation.Audiences.All(a => a.Id != audience))
            {
                diagnostics?.Report(Rules.NoticeReferenceUnknown, section.LocationOf("audiences"),
                    $"Section '{section.Id}' covers audience '{audience}', but organisation.yaml has no audience with that id.",
                    "Use an id from the audiences in organisation.yaml.");
            }
        }

        covered.AddRange(register.Activities.Where(a => a.Audiences.Any(section.Audiences.Contains) && !covered.Contains(a)));
        return covered;
    }

    /// <summary>Every activity a notice covers, once each, in the order they appear.</summary>
    public static IReadOnlyList<ProcessingActivity> Activities(Notice notice, RegisterModel register) =>
        notice.Sections.SelectMany(s => Activities(s, register)).Distinct().ToList();

    /// <summary>The languages a notice is written in: its own list, or else the organisation's.</summary>
    public static IReadOnlyList<string> Languages(Notice notice, RegisterModel register) =>
        notice.Languages.Count > 0 ? notice.Languages : register.Organisation.Languages;
}
