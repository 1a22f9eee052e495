using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Register.Model;

/// <summary>
/// A link on the organisation's website to a page a third party runs (the organisation's page on a social network, a
/// payment provider's own site) through which no personal data pass to the organisation: information in the notice
/// section that lists it. It is no processing activity of the organisation, so it has no purposes, legal basis,
/// recipients, transfers or retention (REG272), and it is not in the Art. 30 record or the DPO report.
/// </summary>
[RefusedKeys("purposes", "basis", "legal_basis", "legitimate_interest", "recipients", "transfers", "retention", "data_categories", "data_subjects", "sources")]
public sealed record ThirdPartyPage : ModelNode
{
    [Required, PlainTextAllowed, Description("What the link leads to, as the reader knows it: LinkedIn, our page on Facebook, the payment provider's website.")]
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    [Description("The address the link leads to.")]
    public string? Url { get; init; }

    [Description("The legal entity that runs the page (LinkedIn Ireland Unlimited Company).")]
    public string? Provider { get; init; }

    [Description("Postal address of the provider.")]
    public PostalAddress? Address { get; init; }

    [Description("Link to the provider's own privacy notice, which applies on its page.")]
    public string? PrivacyPolicy { get; init; }

    [Description("Link where people can limit or opt out of what the provider does with their data.")]
    public string? OptOut { get; init; }

    [Description("What else the register says about the link, e.g. that it is a plain link without the platform's buttons or scripts.")]
    public LocalizedText? Description { get; init; }
}
