using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>
/// REG200–REG203: the change log readers see under "changes to this notice" is in order, not repeated, not newer than
/// the notice's own version date, and shown somewhere. (Unknown notice ids: REG032; future dates: REG087.)
/// </summary>
public sealed class ChangelogConsistency : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var changes = context.Register.Changes.Where(c => c.Locations.ContainsKey("date") && c.Date != default).ToList();
        var found = new List<Diagnostic>();
        for (var i = 1; i < changes.Count; i++)
        {
            if (changes[i].Date > changes[i - 1].Date)
            {
                found.Add(Rules.ChangelogOrder.At(changes[i].LocationOf(nameof(ChangeEntry.Date)),
                    $"The change of {Show.Date(changes[i].Date)} comes after an older one ({Show.Date(changes[i - 1].Date)}); the change log lists the newest change first.",
                    "Move this entry above the older ones, so the newest change is at the top.",
                    new RelatedLocation(changes[i - 1].LocationOf(nameof(ChangeEntry.Date)), "The older change is here.")));
            }
        }

        var seen = new Dictionary<string, ChangeEntry>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var key = Show.Date(change.Date) + "|" + string.Join("|", change.Summary.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value));
            if (!seen.TryAdd(key, change))
            {
                found.Add(Rules.DuplicateChange.At(change.At,
                    $"This change of {Show.Date(change.Date)} is already in the change log with the same summary.",
                    "Remove the repeated entry.",
                    new RelatedLocation(seen[key].At, "The first entry is here.")));
            }
        }

        foreach (var change in changes)
        {
            var concerned = change.Notices.Count == 0
                ? context.Register.Notices
                : change.Notices.Where(context.NoticesById.ContainsKey).Select(id => context.NoticesById[id]).ToList();
            foreach (var notice in concerned)
            {
                var version = notice.VersionDate ?? context.Register.Organisation.VersionDate;
                if (version != default && change.Date > version)
                {
                    var where = notice.VersionDate is null ? "the version_date in organisation.yaml" : $"the version_date of notice '{notice.Id}'";
                    found.Add(Rules.ChangeAfterVersionDate.At(change.LocationOf(nameof(ChangeEntry.Date)),
                        $"Notice '{notice.Id}' would show this change of {Show.Date(change.Date)} while its version date is {Show.Date(version)}, older than the change.",
                        $"Set {where} to {Show.Date(change.Date)} or later when you publish the change.",
                        new RelatedLocation(notice.VersionDate is null ? context.Register.Organisation.LocationOf(nameof(Organisation.VersionDate)) : notice.LocationOf(nameof(Notice.VersionDate)), "The version date is here.")));
                }
            }

            if (concerned.Count > 0 && concerned.All(n => !n.ShowChanges))
            {
                found.Add(Rules.ChangeNeverShown.At(change.At,
                    $"This change is meant for {string.Join(", ", concerned.Select(n => $"'{n.Id}'"))}, but no notice it concerns shows its change history (show_changes: false), so readers never see it.",
                    "Set show_changes: true on the notice, or name a notice that shows its changes under 'notices:'."));
            }
        }

        return found;
    }
}
