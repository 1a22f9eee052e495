using Register.Model;
using Register.Views.Localization;

namespace Register.Views;

/// <summary>Contact details and postal addresses as a notice shows them.</summary>
public static class ContactWords
{
    public static ContactView Contact(ContactPoint point, PostalAddress? fallbackAddress, NoticeContext context)
    {
        var address = point.Address ?? fallbackAddress;
        return new ContactView
        {
            Name = context.Optional(point.Name, point, "name", "the name of a contact"),
            JobTitle = context.Optional(point.JobTitle, point, "job_title", "the job title of a contact"),
            Address = address is null ? [] : Lines(address, context),
            AddressLine = address is null ? null : Line(address, context),
            Email = Clean(point.Email),
            Phone = Clean(point.Phone),
            Url = Clean(point.Url),
        };
    }

    /// <summary>Street; postal code and city; country name in the reader's language.</summary>
    public static IReadOnlyList<string> Lines(PostalAddress address, NoticeContext context)
    {
        var lines = new List<string>();
        if (Clean(address.Street) is { } street)
        {
            lines.Add(street);
        }

        var city = PostalPlace.Format(address, context.Language);
        if (city.Length > 0)
        {
            lines.Add(city);
        }

        if (Clean(address.Country) is { } country)
        {
            lines.Add(context.CountryName(country, address, "country"));
        }

        return lines;
    }

    public static string Line(PostalAddress address, NoticeContext context) => string.Join(", ", Lines(address, context));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
