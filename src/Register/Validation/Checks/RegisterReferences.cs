using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG023, REG024, REG028–REG030, REG032: ids that point at other parts of the register resolve.</summary>
public sealed class RegisterReferences : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var register = context.Register;
        var recipients = context.RecipientsById.Keys.ToHashSet(StringComparer.Ordinal);
        var measures = context.MeasuresById.Keys.ToHashSet(StringComparer.Ordinal);
        var audiences = context.AudiencesById.Keys.ToHashSet(StringComparer.Ordinal);
        var activities = context.ActivitiesById.Keys.ToHashSet(StringComparer.Ordinal);
        var notices = context.NoticesById.Keys.ToHashSet(StringComparer.Ordinal);
        var controllers = recipients.Concat(context.GroupEntitiesById.Keys).ToHashSet(StringComparer.Ordinal);
        const string RecipientsFile = "recipients.yaml";
        const string AudiencesPlace = "the audiences of organisation.yaml";

        var found = new List<Diagnostic>();
        foreach (var activity in register.Activities)
        {
            found.AddRange(ReferenceCheck.Each(Rules.UnknownRecipient, activity, nameof(activity.Recipients), activity.Recipients, recipients, "recipient", RecipientsFile));
            found.AddRange(ReferenceCheck.Each(Rules.UnknownMeasure, activity, nameof(activity.SecurityMeasures), activity.SecurityMeasures, measures, "security measure", "measures.yaml"));
            found.AddRange(ReferenceCheck.Each(Rules.UnknownAudience, activity, nameof(activity.Audiences), activity.Audiences, audiences, "audience", AudiencesPlace));
            found.AddRange(ReferenceCheck.Each(Rules.UnknownController, activity, nameof(activity.Controllers), activity.Controllers, controllers, "recipient or group entity", "recipients.yaml or the group_entities of organisation.yaml"));
            foreach (var transfer in activity.Transfers)
            {
                found.AddRange(ReferenceCheck.One(Rules.UnknownRecipient, transfer, nameof(transfer.Recipient), transfer.Recipient, recipients, "recipient", RecipientsFile));
            }
        }

        var groupEntities = context.GroupEntitiesById.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var notice in register.Notices)
        {
            found.AddRange(ReferenceCheck.Each(Rules.UnknownController, notice, nameof(notice.JointControllers), notice.JointControllers, groupEntities, "group entity", "the group_entities of organisation.yaml"));
        }

        foreach (var section in register.Notices.SelectMany(n => n.Sections))
        {
            found.AddRange(ReferenceCheck.Each(Rules.UnknownAudience, section, nameof(section.Audiences), section.Audiences, audiences, "audience", AudiencesPlace));
            if (context.SomeFileUnreadable)
            {
                continue;
            }

            found.AddRange(ReferenceCheck.Each(Rules.UnknownActivity, section, nameof(section.Activities), section.Activities, activities, "processing activity", "the activities folder"));
        }

        foreach (var change in register.Changes)
        {
            found.AddRange(ReferenceCheck.Each(Rules.UnknownNotice, change, nameof(change.Notices), change.Notices, notices, "notice", "notices.yaml"));
        }

        return found;
    }
}
