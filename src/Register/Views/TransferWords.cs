using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>
/// The Art. 13(1)(f) statement for one transfer: whether an adequacy decision applies to this recipient, the safeguard
/// actually used, and how to obtain a copy of it. Every sentence rests on the register or the built-in adequacy data.
/// </summary>
internal static class TransferWords
{
    public static string Ground(Transfer transfer, Recipient? recipient, string recipientName, string? country, NoticeContext context)
    {
        var phrases = context.Phrases;
        var citation = context.Cite(GdprProvisions.Transfer(transfer.Mechanism, transfer.Derogation));
        var code = transfer.Mechanism == TransferMechanism.Dpf ? transfer.Country ?? "US" : transfer.Country;
        var decision = code is { Length: > 0 } ? context.Vocabulary.AdequacyFor(code, context.AsOf) : null;
        var sentences = new List<string>();
        switch (transfer.Mechanism)
        {
            case TransferMechanism.Adequacy when decision is not null && country is not null:
                sentences.Add(phrases.Format("transfer.adequacy", ("country", country), ("references", References(decision, citation, phrases)), ("scope", Scope(decision, context))));
                break;
            case TransferMechanism.Dpf when decision is not null:
                sentences.Add(phrases.Format("transfer.dpf", ("recipient", recipientName), ("references", References(decision, citation, phrases))));
                break;
            default:
                sentences.AddRange(AdequacyStatus(recipient, recipientName, country, decision, context));
                sentences.Add(Safeguard(transfer, recipientName, citation, context));
                break;
        }

        return string.Join(" ", sentences.Where(s => s.Length > 0));
    }

    /// <summary>How to obtain a copy of the safeguards actually agreed: the contact the register names.</summary>
    public static string? Copy(Transfer transfer, NoticeContext context)
    {
        if (transfer.CopyFrom is not { } from)
        {
            return null;
        }

        var contacts = context.Register.Organisation.Contacts;
        var point = from == SafeguardsContact.Dpo ? contacts.Dpo ?? contacts.Privacy : contacts.Privacy;
        // The DPO in the form of the register's gender where it gives one: "unserer Datenschutzbeauftragten".
        var key = from == SafeguardsContact.Dpo && contacts.Dpo is { } dpo
            ? dpo.Gender is { } gender ? "dpo_" + Naming.ToYamlKey(gender.ToString()) : "dpo"
            : "privacy";
        var reach = new[] { point.Email, point.Url, point.Phone }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        var contact = context.Phrases.Get("transfer.copy_contact." + key);
        return context.Phrases.Format("transfer.copy_from", ("contact", reach is null ? contact : $"{contact} ({reach})"));
    }

    /// <summary>The link, named for what it is: for SCCs the Commission's template, otherwise the safeguards themselves.</summary>
    public static string? Link(Transfer transfer, NoticeContext context) =>
        string.IsNullOrWhiteSpace(transfer.SafeguardsUrl)
            ? null
            : context.Phrases.Format(transfer.Mechanism == TransferMechanism.Scc ? "transfer.template_link" : "transfer.safeguards_link", ("url", transfer.SafeguardsUrl.Trim()));

    private static IEnumerable<string> AdequacyStatus(Recipient? recipient, string recipientName, string? country, Vocabulary.AdequacyDecision? decision, NoticeContext context)
    {
        var phrases = context.Phrases;
        if (country is null)
        {
            yield break;
        }

        if (decision is null)
        {
            yield return phrases.Format("transfer.no_adequacy", ("country", country));
        }
        else if (decision.CertifiedOnly && recipient is { DpfCertified: true })
        {
            yield return phrases.Format("transfer.dpf", ("recipient", recipientName), ("references", References(decision, null, phrases)));
        }
        else
        {
            yield return phrases.Format("transfer.adequacy_not_relied_on", ("country", country), ("references", References(decision, null, phrases)), ("scope", Scope(decision, context)));
        }
    }

    private static string Safeguard(Transfer transfer, string recipientName, string citation, NoticeContext context)
    {
        var phrases = context.Phrases;
        return transfer.Mechanism switch
        {
            TransferMechanism.Scc => phrases.Format("transfer.scc", ("recipient", recipientName), ("citation", citation)),
            TransferMechanism.Bcr => phrases.Format("transfer.bcr", ("citation", citation)),
            TransferMechanism.Derogation => phrases.Format(
                "transfer.derogation",
                ("derogation", transfer.Derogation is { } d ? context.Vocabulary.Label(d, context.Language) : ""),
                ("citation", citation)),
            _ => "",
        };
    }

    private static string References(Vocabulary.AdequacyDecision decision, string? citation, PhraseBook phrases) =>
        (DecisionWords.Format(decision.Decision, phrases), citation) switch
        {
            ({ } words, { } cited) => $"{words}; {cited}",
            ({ } words, null) => words,
            (null, { } cited) => cited,
            _ => phrases.Get("transfer.decision_unnumbered"),
        };

    private static string Scope(Vocabulary.AdequacyDecision decision, NoticeContext context) =>
        context.Optional(decision.Scope, decision, "scope", $"the scope of the adequacy decision for {decision.Country}") ?? "";
}
