using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A named recipient or recipient category: register/recipients.yaml.</summary>
public sealed record Recipient : ModelNode
{
    [Required, Description("Id used by activities.")]
    public string Id { get; init; } = "";

    [InRecord, Required, Description("Name shown to readers.")]
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    [Required, Description("internal, processor, independent_controller, joint_controller or public_authority.")]
    public RecipientRole Role { get; init; }

    [Required, Description("Recipient category id (built-in or from vocabulary.yaml).")]
    public string Category { get; init; } = "";

    [Description("Legal entity name; leave out for a category of recipients.")]
    public string? LegalEntity { get; init; }

    [Description("Postal address of the legal entity.")]
    public PostalAddress? Address { get; init; }

    [Description("ISO country code where the recipient processes the data.")]
    public string? Country { get; init; }

    [Description("Link to the recipient's privacy policy.")]
    public string? PrivacyPolicy { get; init; }

    [Description("Link where people can opt out.")]
    public string? OptOut { get; init; }

    [Description("Reference of the processing agreement (Art. 28) or arrangement.")]
    public string? Agreement { get; init; }

    [Description("True when certified under the EU-US Data Privacy Framework.")]
    public bool DpfCertified { get; init; }

    [Description("What the recipient does with the data.")]
    public LocalizedText? Description { get; init; }
}
