using Register.Instrumentation;
using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>Recipients and transfers of an activity as a notice shows them.</summary>
public static class RecipientViews
{
    public static IReadOnlyList<RecipientView> For(ProcessingActivity activity, NoticeContext context, NoticeAnchors anchors)
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
                Id = recipient.Id,
                Anchor = anchors.Recipient(recipient.Id),
                Name = context.Text(recipient.Name, recipient, "name", $"the name of recipient '{recipient.Id}'"),
                Role = Naming.ToYamlKey(recipient.Role.ToString()),
                Category = context.Label(context.Vocabulary.RecipientCategories, recipient.Category, recipient, "category", "recipient category"),
                LegalEntity = string.IsNullOrWhiteSpace(recipient.LegalEntity) ? null : recipient.LegalEntity.Trim(),
                Address = recipient.Address is null ? null : ContactWords.Line(recipient.Address, context),
                Country = recipient.Country is { Length: > 0 } country ? context.CountryName(country, recipient, "country") : null,
                // Shown as its own paragraph under the recipient's heading: a full sentence, as the register writes it.
                Description = context.Optional(recipient.Description, recipient, "description", $"the description of recipient '{recipient.Id}'"),
                PrivacyPolicy = recipient.PrivacyPolicy,
                OptOut = recipient.OptOut,
            });
        }

        return views;
    }

    /// <summary>The organisation's own transfers (Art. 13(1)(f)); a recipient's own onward transfers are in <see cref="OnwardTransfers"/>.</summary>
    public static IReadOnlyList<TransferView> Transfers(ProcessingActivity activity, NoticeContext context) =>
        activity.Transfers.Where(t => !t.IsOnward).Select(t => Transfer(t, context)).ToList();

    /// <summary>Transfers an independent controller makes itself: information about that controller, not the organisation's transfer.</summary>
    public static IReadOnlyList<TransferView> OnwardTransfers(ProcessingActivity activity, NoticeContext context) =>
        activity.Transfers.Where(t => t.IsOnward).Select(t => Transfer(t, context)).ToList();

    private static TransferView Transfer(Transfer transfer, NoticeContext context)
    {
        var recipient = Find(transfer, transfer.Recipient, "recipient", context);
        var country = transfer.Country is { Length: > 0 } code ? context.CountryName(code, transfer, "country") : null;
        var name = recipient is null ? transfer.Recipient : recipient.LegalEntity ?? context.Text(recipient.Name, recipient, "name", $"the name of recipient '{recipient.Id}'");
        var safeguards = context.Optional(transfer.Safeguards, transfer, "safeguards", $"where to obtain the safeguards for the transfer to {transfer.Country ?? transfer.Recipient}");
        var copy = transfer.IsOnward ? null : TransferWords.Copy(transfer, context);
        return new TransferView
        {
            Recipient = name,
            Country = country ?? context.Phrases.Get("transfer.countries_unspecified"),
            Ground = transfer.IsOnward
                ? context.Phrases.Format("transfer.onward", ("exporter", Exporter(transfer, context)))
                : TransferWords.Ground(transfer, recipient, name, country, context),
            Safeguards = (safeguards, copy) switch
            {
                ({ } text, { } sentence) => $"{text} {sentence}",
                ({ } text, null) => text,
                (null, { } sentence) => sentence,
                _ => null,
            },
            SafeguardsLink = TransferWords.Link(transfer, context),
        };
    }

    private static string Exporter(Transfer transfer, NoticeContext context) =>
        Find(transfer, transfer.OnwardFrom!, "onward_from", context) is { } exporter
            ? exporter.LegalEntity ?? context.Text(exporter.Name, exporter, "name", $"the name of recipient '{exporter.Id}'")
            : transfer.OnwardFrom!;

    private static Recipient? Find(ModelNode owner, string id, string property, NoticeContext context)
    {
        var recipient = context.Register.Recipients.FirstOrDefault(r => r.Id == id);
        if (recipient is null)
        {
            ViewGaps.Note($"{owner.LocationOf(property)}: no recipient '{id}'");
        }

        return recipient;
    }
}
