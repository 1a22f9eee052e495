using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG050–REG057: data leaving the EEA has a transfer entry with a valid Chapter V ground that people can look up.</summary>
public sealed class TransfersGrounded : IRegisterCheck
{
    private const string UnitedStates = "US";

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var found = new List<Diagnostic>();
        foreach (var activity in context.Register.Activities)
        {
            UnlistedTransfers(found, context, activity);
            foreach (var transfer in activity.Transfers)
            {
                Check(found, context, activity, transfer);
            }
        }

        return found;
    }

    private static void UnlistedTransfers(List<Diagnostic> found, CheckContext context, ProcessingActivity activity)
    {
        var transferred = activity.Transfers.Select(t => t.Recipient).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < activity.Recipients.Count; i++)
        {
            if (!context.RecipientsById.TryGetValue(activity.Recipients[i], out var recipient)
                || recipient.Country is not { Length: > 0 } country
                || context.Vocabulary.FindCountry(country) is not { IsEea: false }
                || transferred.Contains(recipient.Id))
            {
                continue;
            }

            found.Add(Rules.RecipientOutsideEeaWithoutTransfer.At(activity.LocationOfItem(nameof(activity.Recipients), i),
                $"Recipient '{recipient.Id}' is in {country}, outside the EEA, but activity '{activity.Id}' has no transfer entry for it (Art. 13(1)(f), 30(1)(e)).",
                $"Add an entry under 'transfers:' with 'recipient: {recipient.Id}', 'country: {country}' and the 'mechanism' (adequacy, scc, bcr, dpf or derogation).",
                new RelatedLocation(recipient.LocationOf(nameof(recipient.Country)), $"'{recipient.Id}' is located in {country} here.")));
        }
    }

    private static void Check(List<Diagnostic> found, CheckContext context, ProcessingActivity activity, Transfer transfer)
    {
        var vocabulary = context.Vocabulary;
        var country = vocabulary.FindCountry(transfer.Country);
        var mechanismAt = transfer.LocationOf(nameof(transfer.Mechanism));
        var hasMechanism = transfer.Locations.ContainsKey("mechanism");
        context.RecipientsById.TryGetValue(transfer.Recipient, out var recipient);

        if (transfer.Recipient.Length > 0 && recipient is not null && !activity.Recipients.Contains(transfer.Recipient))
        {
            found.Add(Rules.TransferRecipientNotListed.At(transfer.LocationOf(nameof(transfer.Recipient)),
                $"Activity '{activity.Id}' transfers data to '{transfer.Recipient}', which is not in its 'recipients'; readers of the notice would not see who receives the data.",
                $"Add '{transfer.Recipient}' to the activity's 'recipients:'."));
        }

        if (country is { IsEea: true })
        {
            found.Add(Rules.TransferWithinEea.At(transfer.LocationOf(nameof(transfer.Country)),
                $"{transfer.Country} is in the EEA, so sending data there is not a transfer to a third country (Chapter V).",
                "Remove this transfer entry; listing the recipient under 'recipients:' is enough."));
            return;
        }

        if (country is null || !hasMechanism)
        {
            return;
        }

        switch (transfer.Mechanism)
        {
            case TransferMechanism.Adequacy:
                var decision = vocabulary.AdequacyFor(country.Code, context.Today);
                if (decision is null)
                {
                    found.Add(Rules.TransferWithoutGround.At(mechanismAt,
                        $"There is no adequacy decision in force for {country.Code} on {Show.Date(context.Today)}, so 'adequacy' does not allow this transfer.",
                        "Use scc or bcr with 'safeguards:' saying how to get a copy, or a derogation naming which Art. 49(1) derogation applies."));
                }
                else if (decision.CertifiedOnly)
                {
                    found.Add(Rules.TransferWithoutGround.At(mechanismAt,
                        $"The adequacy decision for {country.Code} ({decision.Decision}) covers only certified organisations, so plain 'adequacy' does not allow this transfer.",
                        "Use mechanism 'dpf' for a recipient certified under the Data Privacy Framework (and mark it 'dpf_certified: true'), or scc with safeguards."));
                }

                break;
            case TransferMechanism.Derogation when transfer.Derogation is null:
                found.Add(Rules.DerogationUnspecified.At(mechanismAt,
                    "The transfer relies on an Art. 49 derogation but does not say which one.",
                    "Add 'derogation:' with one of explicit_consent, contract, contract_in_interest, public_interest, legal_claims, vital_interests, public_register, compelling_legitimate_interests."));
                break;
            case TransferMechanism.Dpf:
                if (country.Code != UnitedStates)
                {
                    found.Add(Rules.DpfOutsideUs.At(mechanismAt,
                        $"The EU-US Data Privacy Framework covers transfers to the United States only, not to {country.Code}.",
                        "Use another mechanism for this country (adequacy, scc, bcr or derogation)."));
                }
                else if (recipient is not null && !recipient.DpfCertified)
                {
                    found.Add(Rules.DpfRecipientNotCertified.At(mechanismAt,
                        $"The transfer to '{recipient.Id}' relies on the Data Privacy Framework, but '{recipient.Id}' is not marked as certified.",
                        $"Check the DPF list (dataprivacyframework.gov); if '{recipient.Id}' is certified, set 'dpf_certified: true' in recipients.yaml, otherwise use scc.",
                        new RelatedLocation(recipient.At, $"Recipient '{recipient.Id}' is defined here.")));
                }

                break;
        }

        var needsSafeguards = transfer.Mechanism is TransferMechanism.Scc or TransferMechanism.Bcr
            || transfer is { Mechanism: TransferMechanism.Derogation, Derogation: Article49Derogation.CompellingLegitimateInterests };
        if (needsSafeguards && Blank.Text(transfer.Safeguards) && string.IsNullOrWhiteSpace(transfer.SafeguardsUrl))
        {
            found.Add(Rules.SafeguardsUnavailable.At(mechanismAt,
                "The transfer relies on safeguards, but does not say how people can obtain a copy of them or where they are available (Art. 13(1)(f)).",
                "Add 'safeguards:' (e.g. 'a copy can be requested from privacy@…') or 'safeguards_url:' with a link to them."));
        }
    }
}
