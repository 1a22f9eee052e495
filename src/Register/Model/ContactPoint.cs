using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A person or function that can be contacted.</summary>
public sealed record ContactPoint : ModelNode
{
    [Description("Name of the person, function or company.")]
    public string? Name { get; init; }

    [Description("Email address.")]
    public string? Email { get; init; }

    [Description("Phone number in international form, e.g. +31 20 123 4567.")]
    public string? Phone { get; init; }

    [Description("Web page or contact form (https).")]
    public string? Url { get; init; }

    [Description("Postal address, where different from the organisation's.")]
    public PostalAddress? Address { get; init; }
}
