namespace Register.Views;

/// <summary>A party with its contact details: name, address lines, email, phone and web page.</summary>
public sealed record ContactView
{
    public string? Name { get; init; }
    /// <summary>The person's job title in the reader's language, e.g. "Datenschutzbeauftragte".</summary>
    public string? JobTitle { get; init; }
    public IReadOnlyList<string> Address { get; init; } = [];
    /// <summary>The address on one line, e.g. "Postbus 93374, 2509 AJ Den Haag, Nederland".</summary>
    public string? AddressLine { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Url { get; init; }
    /// <summary>A web form to contact the party through (the organisation's contact_form).</summary>
    public string? Form { get; init; }
    /// <summary>True when there is at least one way to reach the party.</summary>
    public bool IsReachable => Email is not null || Phone is not null || Url is not null || Form is not null || Address.Count > 0;
}
