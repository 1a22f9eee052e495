using Register.Diagnostics;
using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>Recipients and transfers of an activity as a notice shows them.</summary>
public static class RecipientViews
{
    public static IReadOnlyList<RecipientView> For(ProcessingActivity activity, NoticeContext context)
    {
        var views = new List<RecipientView>();
        foreach (var id in activity.Recipients)
        {
            if (Find(activity, id, "recipients", context) is not { } recipient)
            {
                continue;
            }

            views.Add(new RecipientView
            {
                Name = context.Text(recipient.Name, recipient, "name", $"the name of recipient '{recipient.Id}'"),
                Category = context.Label(context.Vocabulary.RecipientCategories, recipient.Category, recipient, "category", "recipient category"),
                LegalEntity = string.IsNullOrWhiteSpace(recipient.LegalEntity) ? null : recipient.LegalEntity.Trim(),
                Address = recipient.Address is null ? null : ContactWords.Line(recipient.Address, context),
                Country = recipient.Country is { Length: > 0 } country ? context.CountryName(country, recipient, "country") : null,
                Description = context.Optional(recipient.Description, recipient, "description", $"the description of recipient '{recipient.Id}'"),
                PrivacyPolicy = recipient.PrivacyPolicy,
                OptOut = recipient.OptOut,
            });
        }

        return views;
    }

    public static IReadOnlyList<TransferView> Transfers(ProcessingActivity activity, NoticeContext context)
    {
        var views = new List<TransferView>();
        foreach (var transfer in activity.Transfers)
        {
            var recipient = Find(transfer, transfer.Recipient, "recipient", context);
            var country = context.CountryName(transfer.Country, transfer, "country");
            var ground = context.Phrases.Format(
                "transfer." + Naming.ToYamlKey(transfer.Mechanism.ToString()),
                ("country", country),
                ("citation", context.Cite(GdprProvisions.Transfer(transfer.Mechanism, transfer.Derogation))));
            views.Add(new TransferView
            {
                Recipient = recipient is null ? transfer.Recipient : recipient.LegalEntity ?? context.Text(recipient.Name, recipient, "name", $"the name of recipient '{recipient.Id}'"),
                Country = country,
                Ground = ground,
                Safeguards = context.Optional(transfer.Safeguards, transfer, "safeguards", $"where to obtain the safeguards for the transfer to {transfer.Country}"),
                SafeguardsLink = string.IsNullOrWhiteSpace(transfer.SafeguardsUrl)
                    ? null
                    : context.Phrases.Format("transfer.safeguards_link", ("url", transfer.SafeguardsUrl.Trim())),
            });
        }

        return views;
    }

    private static Recipient? Find(ModelNode owner, string id, string property, NoticeContext context)
    {
        var recipient = context.Register.Recipients.FirstOrDefault(r => r.Id == id);
        if (recipient is null)
        {
            context.Diagnostics.Report(Rules.NoticeReferenceUnknown, owner.LocationOf(property),
                $"The notice needs recipient '{id}', but recipients.yaml has no recipient with that id.",
                "Add the recipient to recipients.yaml or correct the id.");
        }

        return recipient;
    }
}
