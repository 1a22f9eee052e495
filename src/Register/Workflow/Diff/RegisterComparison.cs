using Register.Model;

namespace Register.Workflow.Diff;

/// <summary>Compares two versions of a register and lists what changed, in legal terms, in a stable order.</summary>
public static class RegisterComparison
{
    /// <summary>
    /// The changes from <paramref name="before"/> to <paramref name="after"/>. Texts are quoted in
    /// <paramref name="language"/> when given, else in English when the register has it, else in its first language.
    /// </summary>
    public static IReadOnlyList<RegisterChange> Compare(RegisterModel before, RegisterModel after, string? language = null)
    {
        language ??= after.Organisation.Languages.Contains("en") ? "en" : after.Organisation.Languages.FirstOrDefault() ?? "en";
        var words = new DiffNames(before, after, language);
        var changes = new List<RegisterChange>();
        new OrganisationComparison(words, changes).Compare(before.Organisation, after.Organisation);
        CompareActivities(before, after, words, changes);
        new RegisterFilesComparison(words, changes).Compare(before, after);

        // A name that ends in a full stop ("Mailer Inc.") must not end the sentence twice.
        return changes.Select(c => c.Message.EndsWith("..", StringComparison.Ordinal) ? c with { Message = c.Message[..^1] } : c).ToList();
    }

    private static void CompareActivities(RegisterModel before, RegisterModel after, DiffNames words, List<RegisterChange> changes)
    {
        var old = before.Activities.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var added = new List<ProcessingActivity>();
        var pairs = new List<(ProcessingActivity Before, ProcessingActivity After)>();
        foreach (var activity in after.Activities)
        {
            if (old.Remove(activity.Id, out var was))
            {
                pairs.Add((was, activity));
            }
            else
            {
                added.Add(activity);
            }
        }

        // An activity whose id changed but that stayed in the same file was renamed, not removed and added.
        foreach (var activity in added.ToList())
        {
            var was = old.Values.FirstOrDefault(a => FileName(a) == FileName(activity));
            if (was is not null)
            {
                old.Remove(was.Id);
                added.Remove(activity);
                pairs.Add((was, activity));
            }
        }

        var comparison = new ActivityComparison(words, changes);
        foreach (var (was, now) in pairs.OrderBy(p => p.After.Id, StringComparer.Ordinal))
        {
            comparison.Compare(was, now);
        }

        foreach (var activity in added.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var name = words.Activity(activity);
            var purposes = string.Join("; ", activity.Purposes.Select(p => words.Text(p.Description)));
            changes.Add(new RegisterChange(ChangeKind.ActivityAdded, "Activity: " + name, $"New processing activity: {name} (purposes: {purposes}).")
            {
                Id = activity.Id, File = activity.File,
            });
        }

        foreach (var activity in old.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var name = words.Activity(activity);
            changes.Add(new RegisterChange(ChangeKind.ActivityRemoved, "Activity: " + name, $"Processing activity removed: {name}.")
            {
                Id = activity.Id, File = activity.File,
            });
        }
    }

    private static string FileName(ProcessingActivity activity) => activity.File[(activity.File.LastIndexOf('/') + 1)..];
}
