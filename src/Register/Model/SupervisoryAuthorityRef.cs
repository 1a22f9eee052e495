using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>The lead supervisory authority: a built-in id such as nl-ap, or a full entry.</summary>
[ScalarForm(nameof(Id))]
public sealed record SupervisoryAuthorityRef : ModelNode
{
    [Description("Built-in authority id (nl-ap, de-bfdi, de-nrw, …); or leave out and give the details.")]
    public string? Id { get; init; }

    [Description("Name of the authority.")]
    public LocalizedText? Name { get; init; }

    [Description("Postal address.")]
    public PostalAddress? Address { get; init; }

    [Description("Web site.")]
    public string? Url { get; init; }

    [Description("Email address.")]
    public string? Email { get; init; }

    [Description("Phone number.")]
    public string? Phone { get; init; }
}
