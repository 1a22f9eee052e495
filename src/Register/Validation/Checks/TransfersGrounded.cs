using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG050–REG057: data leaving the EEA has a transfer entry with a valid Chapter V ground that people can look up.</summary>
public sealed class TransfersGrounded : IDateDependentCheck
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
        var country = transfer.Country is { Length: > 0 } code ? vocabulary.FindCountry(code) : null;
        var mechanismAt = transfer.LocationOf(nameof(transfer.Mechanism));
        var hasMechanism = transfer.Locations.ContainsKey("mechanism");
        context.RecipientsById.TryGetValue(transfer.Recipient, out var recipient);

        // An onward transfer is the other controller's: its recipient receives nothing from the organisation.
        if (transfer.Recipient.Length > 0 && recipient is not null && !transfer.IsOnward && !activity.Recipients.Contains(transfer.Recipient))
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

        if (!transfer.Wrote(nameof(transfer.Country)))
        {
            found.Add(Rules.TransferCountryUnspecified.At(transfer.At,
                $"The transfer to '{transfer.Recipient}' of activity '{activity.Id}' does not say to which country the data goes; notices and records can only say 'outside the EEA (countries not specified)' (Art. 30(1)(e) asks for the country).",
                "Add 'country:' with the ISO code of the destination (e.g. US), one transfer entry per country."));
        }

        if (transfer.IsOnward)
        {
            // Another controller's onward transfer: information about that controller, not a transfer the organisation grounds.
            var at = transfer.LocationOf(nameof(transfer.OnwardFrom));
            if (!context.RecipientsById.TryGetValue(transfer.OnwardFrom!, out var exporter))
            {
                found.Add(Rules.UnknownRecipient.At(at,
                    $"'onward_from: {transfer.OnwardFrom}' names no recipient in recipients.yaml.",
                    "Use the id of the independent controller (in recipients.yaml) that makes this transfer itself."));
            }
            else if (exporter.Role is not (RecipientRole.IndependentController or RecipientRole.JointController))
            {
                found.Add(Rules.OnwardTransferByNonController.At(at,
                    $"The transfer is marked as made by '{exporter.Id}', but '{exporter.Id}' is a {Naming.ToYamlKey(exporter.Role.ToString())}: data it handles on the organisation's behalf leaves the EEA as the organisation's transfer.",
                    "Remove 'onward_from:' and give the transfer the organisation's own ground and safeguards, or correct the recipient's role.",
                    new RelatedLocation(exporter.LocationOf(nameof(exporter.Role)), $"'{exporter.Id}' has its role here.")));
            }

            return;
        }

        if (!hasMechanism)
        {
            return;
        }

        CheckSafeguards(found, transfer, mechanismAt);
        if (country is null)
        {
            if (transfer.Mechanism == TransferMechanism.Adequacy && !transfer.Wrote(nameof(transfer.Country)))
            {
                found.Add(Rules.TransferWithoutGround.At(mechanismAt,
                    "An adequacy decision covers a country; without 'country:' the transfer has no adequacy decision to rest on.",
                    "Add 'country:' with the destination's ISO code, or use scc, bcr or a derogation."));
            }

            if (transfer.Mechanism != TransferMechanism.Dpf)
            {
                return;
            }
        }

        switch (transfer.Mechanism)
        {
            case TransferMechanism.Adequacy when country is not null:
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
                if (vocabulary.AdequacyFor(UnitedStates, context.Today) is null)
                {
                    found.Add(Rules.TransferWithoutGround.At(mechanismAt,
                        $"There is no adequacy decision for the EU-US Data Privacy Framework in force on {Show.Date(context.Today)} (Decision (EU) 2023/1795 applies from 10 July 2023), so 'dpf' does not allow this transfer on that date.",
                        "Use scc with 'safeguards:' or 'copy_from:' for transfers before 10 July 2023, or check the --today date."));
                }
                else if (country is not null && country.Code != UnitedStates)
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

    }

    // REG056 whether or not a country is given. For SCCs the Commission's page holds only the template, so a link alone
    // does not say where to get the clauses actually agreed.
    private static void CheckSafeguards(List<Diagnostic> found, Transfer transfer, SourceLocation mechanismAt)
    {
        var needsSafeguards = transfer.Mechanism is TransferMechanism.Scc or TransferMechanism.Bcr
            || transfer is { Mechanism: TransferMechanism.Derogation, Derogation: Article49Derogation.CompellingLegitimateInterests };
        var linkCounts = transfer.Mechanism != TransferMechanism.Scc && !string.IsNullOrWhiteSpace(transfer.SafeguardsUrl);
        if (needsSafeguards && Blank.Text(transfer.Safeguards) && transfer.CopyFrom is null && !linkCounts)
        {
            found.Add(Rules.SafeguardsUnavailable.At(mechanismAt,
                transfer.Mechanism == TransferMechanism.Scc && !string.IsNullOrWhiteSpace(transfer.SafeguardsUrl)
                    ? "The transfer relies on standard contractual clauses; the link shows only the Commission's template, not how people can obtain a copy of the clauses actually agreed (Art. 13(1)(f))."
                    : "The transfer relies on safeguards, but does not say how people can obtain a copy of them or where they are available (Art. 13(1)(f)).",
                "Add 'copy_from: privacy' or 'copy_from: dpo' (the contact that sends a copy on request), or 'safeguards:' saying how to obtain a copy."));
        }
    }
}
