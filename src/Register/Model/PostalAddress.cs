using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A postal address.</summary>
public sealed record PostalAddress : ModelNode
{
    [Description("Street and number, or a PO box (Postbus 93374).")]
    public string? Street { get; init; }

    [Description("Postal code as written in the country.")]
    public string? PostalCode { get; init; }

    [Required, Description("City, as the address's country writes it (Wien).")]
    public string City { get; init; } = "";

    [Description("The city's name in the languages where it differs, e.g. nl: Wenen, en: Vienna; other languages use 'city'.")]
    [SomeLanguages]
    public LocalizedText? CityNames { get; init; }

    [Required, Description("ISO 3166-1 alpha-2 country code, e.g. NL or DE.")]
    public string Country { get; init; } = "";
}
