using Register.Diagnostics;

namespace Register.Validation.Checks;

/// <summary>REG090, REG091: recipients and security measures that no activity uses (often a typo in the activity, or left over).</summary>
public sealed class UnusedEntries : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.SomeFileUnreadable)
        {
            yield break;
        }

        var activities = context.Register.Activities;
        var usedRecipients = activities.SelectMany(a => a.Recipients.Concat(a.Controllers).Concat(a.Transfers.Select(t => t.Recipient)))
            .ToHashSet(StringComparer.Ordinal);
        var usedMeasures = activities.SelectMany(a => a.SecurityMeasures).ToHashSet(StringComparer.Ordinal);

        foreach (var recipient in context.RecipientsById.Values.Where(r => !usedRecipients.Contains(r.Id)))
        {
            yield return Rules.UnusedRecipient.At(recipient.LocationOf(nameof(recipient.Id)),
                $"Recipient '{recipient.Id}' is not used by any activity, so it appears in no notice or record.",
                $"Add '{recipient.Id}' to the 'recipients' of the activities that share data with it, or remove it from recipients.yaml.");
        }

        foreach (var measure in context.MeasuresById.Values.Where(m => !usedMeasures.Contains(m.Id)))
        {
            yield return Rules.UnusedMeasure.At(measure.LocationOf(nameof(measure.Id)),
                $"Security measure '{measure.Id}' is not used by any activity, so it appears in no record.",
                $"Add '{measure.Id}' to the 'security_measures' of the activities it protects, or remove it from measures.yaml.");
        }
    }
}
