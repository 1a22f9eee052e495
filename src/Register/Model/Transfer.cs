using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A transfer of personal data to a country outside the EEA (Art. 13(1)(f), 30(1)(e)).</summary>
public sealed record Transfer : ModelNode
{
    [Required, Description("Recipient id from recipients.yaml.")]
    public string Recipient { get; init; } = "";

    [Description("ISO 3166-1 alpha-2 code of the destination country; leave out only when the countries are not known (a warning).")]
    public string? Country { get; init; }

    [Required, Description("adequacy, scc, bcr, derogation or dpf.")]
    public TransferMechanism Mechanism { get; init; }

    [Description("For mechanism derogation: which Art. 49(1) derogation.")]
    public Article49Derogation? Derogation { get; init; }

    [InRecord, Description("Where or how the person can obtain a copy of the safeguards.")]
    public LocalizedText? Safeguards { get; init; }

    [Description("Which contact sends a copy of the safeguards actually agreed: privacy or dpo.")]
    public SafeguardsContact? CopyFrom { get; init; }

    [Description("Link to the safeguards; for scc, the Commission's text of the clauses, shown as the template.")]
    public string? SafeguardsUrl { get; init; }

    [Description("Recipient id of the independent controller that makes this transfer itself (e.g. a platform sending data to its parent company); shown as information about that controller, not as the organisation's transfer.")]
    public string? OnwardFrom { get; init; }

    /// <summary>True when an independent controller among the recipients makes this transfer, not the organisation.</summary>
    public bool IsOnward => !string.IsNullOrWhiteSpace(OnwardFrom);
}
