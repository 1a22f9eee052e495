using Register.Model;

namespace Register.Workflow.Diff;

/// <summary>Compares recipients.yaml, measures.yaml, notices.yaml and changelog.yaml.</summary>
internal sealed class RegisterFilesComparison(DiffNames words, List<RegisterChange> changes)
{
    public void Compare(RegisterModel before, RegisterModel after)
    {
        ById(before.Recipients, after.Recipients, r => r.Id,
            r => Add(ChangeKind.RecipientEntryAdded, "Recipients", $"New recipient: {words.Text(r.Name)} ({Describe(r)}).", r.Id, r.At.File),
            r => Add(ChangeKind.RecipientEntryRemoved, "Recipients", $"Recipient removed: {words.Text(r.Name)}.", r.Id, r.At.File),
            (was, now) =>
            {
                if (Describe(was) != Describe(now) || !DiffNames.Same(was.Name, now.Name))
                {
                    changes.Add(new RegisterChange(ChangeKind.RecipientEntryChanged, "Recipients",
                        $"Recipient {words.Text(now.Name)} changed from {Describe(was)} to {Describe(now)}.")
                    {
                        Id = now.Id, File = now.At.File, Before = Describe(was), After = Describe(now),
                    });
                }
            });
        ById(before.Measures, after.Measures, m => m.Id,
            m => Add(ChangeKind.MeasureAdded, "Security measures", $"New security measure: {words.Text(m.Name)}.", m.Id, m.At.File),
            m => Add(ChangeKind.MeasureRemoved, "Security measures", $"Security measure removed: {words.Text(m.Name)}.", m.Id, m.At.File),
            (was, now) =>
            {
                if (!DiffNames.Same(was.Name, now.Name) || !DiffNames.Same(was.Description, now.Description) || was.Kind != now.Kind)
                {
                    changes.Add(new RegisterChange(ChangeKind.MeasureChanged, "Security measures", $"Security measure {words.Text(now.Name)} changed.")
                    {
                        Id = now.Id, File = now.At.File, Before = words.Text(was.Description), After = words.Text(now.Description),
                    });
                }
            });
        ById(before.Notices, after.Notices, n => n.Id,
            n => Add(ChangeKind.NoticeAdded, "Notices", $"New privacy notice: {words.Text(n.Title)}.", n.Id, n.At.File),
            n => Add(ChangeKind.NoticeRemoved, "Notices", $"Privacy notice removed: {words.Text(n.Title)}.", n.Id, n.At.File),
            (_, _) => { });

        var old = before.Changes.Select(Key).ToHashSet(StringComparer.Ordinal);
        var now = after.Changes.Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in after.Changes.Where(c => !old.Contains(Key(c))))
        {
            Add(ChangeKind.ChangelogEntryAdded, "Change log", $"New change-log entry dated {entry.Date:yyyy-MM-dd}: \"{words.Text(entry.Summary)}\".", null, entry.At.File);
        }

        foreach (var entry in before.Changes.Where(c => !now.Contains(Key(c))))
        {
            Add(ChangeKind.ChangelogEntryRemoved, "Change log", $"Change-log entry dated {entry.Date:yyyy-MM-dd} removed or reworded: \"{words.Text(entry.Summary)}\".", null, entry.At.File);
        }
    }

    private string Key(ChangeEntry entry) => $"{entry.Date:yyyy-MM-dd}|{words.Text(entry.Summary)}";

    private void Add(ChangeKind kind, string subject, string message, string? id, string file) =>
        changes.Add(new RegisterChange(kind, subject, message) { Id = id, File = file });

    private static string Describe(Recipient recipient) =>
        string.Join(", ", new[] { DiffNames.Choice(recipient.Role), recipient.LegalEntity, recipient.Country is null ? null : "in " + recipient.Country }
            .Where(s => !string.IsNullOrEmpty(s)));

    private static void ById<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> id, Action<T> added, Action<T> removed, Action<T, T> both)
    {
        var old = before.GroupBy(id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var item in after.OrderBy(id, StringComparer.Ordinal))
        {
            if (old.Remove(id(item), out var was))
            {
                both(was, item);
            }
            else
            {
                added(item);
            }
        }

        foreach (var item in old.Values.OrderBy(id, StringComparer.Ordinal))
        {
            removed(item);
        }
    }
}
