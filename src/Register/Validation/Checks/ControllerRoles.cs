using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG075–REG077, REG079, REG290: processor and joint-controller activities name the other controllers, and joint controllers have an arrangement.</summary>
public sealed class ControllerRoles : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var activity in context.Register.Activities)
        {
            var roleAt = activity.LocationOf(nameof(activity.Role));
            if (activity.Role == ActivityRole.Processor && activity.Controllers.Count == 0)
            {
                yield return Rules.ProcessorWithoutControllers.At(roleAt,
                    $"Activity '{activity.Id}' is done as a processor, but it does not name the controllers it is done for (Art. 30(2)(a)).",
                    "Add 'controllers:' with the ids of the controllers (from recipients.yaml or the group_entities of organisation.yaml).");
            }

            if (activity.Role == ActivityRole.Processor && Blank.Text(activity.ControllerList)
                && activity.Controllers.Select((id, i) => (Id: id, Index: i))
                    .FirstOrDefault(c => context.RecipientsById.TryGetValue(c.Id, out var r) && string.IsNullOrWhiteSpace(r.LegalEntity)) is { Id: not null } group)
            {
                yield return Rules.ProcessorControllersWithoutContacts.At(activity.LocationOfItem(nameof(activity.Controllers), group.Index),
                    $"Activity '{activity.Id}' is done as a processor for '{group.Id}', a group of controllers with no legal entity; the Art. 30(2)(a) record must give the name and contact details of each controller.",
                    $"Add 'controller_list:' to activity '{activity.Id}' saying where the name and contact details of each controller are kept (e.g. the client administration), or name each controller in recipients.yaml with 'legal_entity:' and 'address:'.");
            }

            if (activity.Role == ActivityRole.JointController && activity.Controllers.Count == 0)
            {
                yield return Rules.JointControllerWithoutControllers.At(roleAt,
                    $"Activity '{activity.Id}' is done as a joint controller, but it does not name the other controllers (Art. 26, 30(1)(a)).",
                    "Add 'controllers:' with the ids of the other controllers (group_entities in organisation.yaml or recipients.yaml).");
            }

            if (activity.Role != ActivityRole.JointController)
            {
                continue;
            }

            for (var i = 0; i < activity.Controllers.Count; i++)
            {
                if (context.GroupEntitiesById.TryGetValue(activity.Controllers[i], out var entity)
                    && entity.Role != GroupEntityRole.JointController && Blank.Text(entity.Arrangement))
                {
                    yield return Rules.JointControllerWithoutArrangement.At(activity.LocationOfItem(nameof(activity.Controllers), i),
                        $"Activity '{activity.Id}' is shared with '{entity.Id}', but that entity has no 'arrangement'; the essence of the Art. 26 arrangement must be made available to people.",
                        $"Add 'arrangement:' to group entity '{entity.Id}' in organisation.yaml with the essence of the arrangement.",
                        new RelatedLocation(entity.At, $"Group entity '{entity.Id}' is defined here."));
                }
            }
        }

        foreach (var notice in context.Register.Notices)
        {
            for (var i = 0; i < notice.JointControllers.Count; i++)
            {
                if (context.GroupEntitiesById.TryGetValue(notice.JointControllers[i], out var entity)
                    && entity.Role != GroupEntityRole.JointController && Blank.Text(entity.Arrangement))
                {
                    yield return Rules.JointControllerWithoutArrangement.At(notice.LocationOfItem(nameof(notice.JointControllers), i),
                        $"Notice '{notice.Id}' names '{entity.Id}' as jointly responsible for its processing, but that entity has no 'arrangement'; the essence of the Art. 26 arrangement must be made available to people.",
                        $"Add 'arrangement:' to group entity '{entity.Id}' in organisation.yaml with the essence of the arrangement.",
                        new RelatedLocation(entity.At, $"Group entity '{entity.Id}' is defined here."));
                }
            }
        }

        foreach (var recipient in context.RecipientsById.Values.Where(r => r.Role == RecipientRole.Processor && string.IsNullOrWhiteSpace(r.Agreement)))
        {
            yield return Rules.ProcessorWithoutAgreement.At(recipient.LocationOf(nameof(recipient.Role)),
                $"Recipient '{recipient.Id}' is a processor, but no processing agreement is referenced; processing on your behalf needs a contract (Art. 28(3)).",
                "Add 'agreement:' with the reference of the processing agreement (e.g. its contract number).");
        }

        foreach (var entity in context.Register.Organisation.GroupEntities)
        {
            if (entity.Role == GroupEntityRole.JointController && Blank.Text(entity.Arrangement))
            {
                yield return Rules.JointControllerWithoutArrangement.At(entity.LocationOf(nameof(entity.Role)),
                    $"Group entity '{entity.Id}' is a joint controller but has no 'arrangement'; the essence of the Art. 26 arrangement must be made available to people.",
                    "Add 'arrangement:' with the essence of the arrangement (who answers requests, who informs people), in each language.");
            }
        }
    }
}
