using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>The controller: register/organisation.yaml.</summary>
public sealed record Organisation : ModelNode
{
    [Required, Description("Legal name of the controller.")]
    public string Name { get; init; } = "";

    [Description("Name the public knows the organisation by, if different.")]
    public string? TradeName { get; init; }

    [Description("Trade register number (KvK, Handelsregister).")]
    public string? RegistrationNumber { get; init; }

    [Description("Web site.")]
    public string? Website { get; init; }

    [Description("Postal address of the controller; may be left out when email, phone or contact_form is given.")]
    public PostalAddress? Address { get; init; }

    [Description("The organisation's general email address (privacy questions go to contacts.privacy).")]
    public string? Email { get; init; }

    [Description("The organisation's general phone number in international form, e.g. +49 2133 2463-0.")]
    public string? Phone { get; init; }

    [Description("Web form through which people can contact the organisation (https).")]
    public string? ContactForm { get; init; }

    [Description("Link to the organisation's separate cookie policy (https); the cookie section of every notice that covers a website activity links to it.")]
    public string? CookiePolicy { get; init; }

    [Required, Description("Privacy contact, DPO and EU representative.")]
    public ContactPoints Contacts { get; init; } = new();

    [Required, Description("Lead supervisory authority: a built-in id (nl-ap, de-nrw, …) or a full entry.")]
    public SupervisoryAuthorityRef SupervisoryAuthority { get; init; } = new();

    [Required, Description("Languages every reader-facing text is written in, e.g. [nl, de, en].")]
    public IReadOnlyList<string> Languages { get; init; } = [];

    [Description("How articles are cited: practitioner (default) or formal.")]
    public CitationStyle CitationStyle { get; init; }

    [Required, Description("Date of this version of the register, shown on documents: a day (2026-03-14) or a month (2026-03).")]
    [MonthPrecision(nameof(VersionMonth))]
    public LocalDate VersionDate { get; init; }

    /// <summary>The month, when version_date was written as one (2021-01); <see cref="VersionDate"/> is then its last day.</summary>
    [NotInFile]
    public YearMonth? VersionMonth { get; init; }

    [Description("Group companies and joint controllers.")]
    public IReadOnlyList<GroupEntity> GroupEntities { get; init; } = [];

    [Description("Sector codes of conduct the organisation follows.")]
    public IReadOnlyList<CodeOfConduct> CodesOfConduct { get; init; } = [];

    [Required, Description("Groups of people the notices speak to.")]
    public IReadOnlyList<Audience> Audiences { get; init; } = [];
}
