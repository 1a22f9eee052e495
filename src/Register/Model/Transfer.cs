using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A transfer of personal data to a country outside the EEA (Art. 13(1)(f), 30(1)(e)).</summary>
public sealed record Transfer : ModelNode
{
    [Required, Description("Recipient id from recipients.yaml.")]
    public string Recipient { get; init; } = "";

    [Required, Description("ISO 3166-1 alpha-2 code of the destination country.")]
    public string Country { get; init; } = "";

    [Required, Description("adequacy, scc, bcr, derogation or dpf.")]
    public TransferMechanism Mechanism { get; init; }

    [Description("For mechanism derogation: which Art. 49(1) derogation.")]
    public Article49Derogation? Derogation { get; init; }

    [Description("Where or how the person can obtain a copy of the safeguards.")]
    public LocalizedText? Safeguards { get; init; }

    [Description("Link to the safeguards (e.g. the Commission's SCC page).")]
    public string? SafeguardsUrl { get; init; }
}
