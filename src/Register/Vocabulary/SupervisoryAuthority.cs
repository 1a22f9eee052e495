using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Register.Model;

namespace Register.Vocabulary;

/// <summary>A data protection supervisory authority with the contact details a notice gives for complaints.</summary>
public sealed record SupervisoryAuthority : ModelNode
{
    [Required, Description("Id used in a register, e.g. nl-ap or de-nw.")]
    public string Id { get; init; } = "";

    [Description("Other ids accepted for the authority, e.g. de-nrw.")]
    public IReadOnlyList<string> Aliases { get; init; } = [];

    [Required, Description("Name in each language: the official name in the authority's language, renderings in the others.")]
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    [Required, Description("Postal address to write to.")]
    public PostalAddress Address { get; init; } = new();

    [Required, Description("Web site.")]
    public string Url { get; init; } = "";

    [Description("Email address.")]
    public string? Email { get; init; }

    [Description("Phone number.")]
    public string? Phone { get; init; }

    [Required, Description("ISO 3166-1 alpha-2 code of the authority's country.")]
    public string Country { get; init; } = "";

    [Required, Description("Where and for whom the authority is competent, e.g. Nordrhein-Westfalen.")]
    public LocalizedText Jurisdiction { get; init; } = LocalizedText.Empty;

    [Description("Where a reader lives or works for the authority to be competent, with its preposition: im Saarland. None for an authority not competent for a territory.")]
    public LocalizedText? Place { get; init; }

    [Required, Description("Where the entry comes from: the source checked, or the project's own wording.")]
    public string Source { get; init; } = "";

    [Required, Description("How sure the address is: V (official source), S (secondary sources), M (unverified).")]
    public string Verification { get; init; } = "";
}
