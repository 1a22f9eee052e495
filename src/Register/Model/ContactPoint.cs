using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A person or function that can be contacted.</summary>
public sealed record ContactPoint : ModelNode
{
    [Description("Name of the person, function or company: plain text, or per language where it differs (Privacyteam / Datenschutzteam).")]
    [PlainTextAllowed]
    public LocalizedText? Name { get; init; }

    [Description("Job title of the person, per language (functionaris voor gegevensbescherming / Datenschutzbeauftragte).")]
    [PlainTextAllowed]
    public LocalizedText? JobTitle { get; init; }

    [Description("female or male, where the contact is a person: German titles follow it (Datenschutzbeauftragte / Datenschutzbeauftragter). Leave out for a team or function.")]
    public Gender? Gender { get; init; }

    [Description("Email address.")]
    public string? Email { get; init; }

    [Description("Phone number in international form, e.g. +31 20 123 4567.")]
    public string? Phone { get; init; }

    [Description("Web page or contact form (https).")]
    public string? Url { get; init; }

    [Description("Postal address, where different from the organisation's.")]
    public PostalAddress? Address { get; init; }
}
