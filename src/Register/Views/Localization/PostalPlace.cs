using Register.Model;

namespace Register.Views.Localization;

/// <summary>The postal-code-and-city line of an address, in the order the address's own country writes it.</summary>
public static class PostalPlace
{
    // Countries that write the postal code after the city (UPU address formats); the rest of Europe puts it first.
    private static readonly HashSet<string> CodeAfterCity = new(StringComparer.OrdinalIgnoreCase) { "GB", "IE", "MT" };

    // Countries that write "City, STATE CODE": the state is part of what the register keeps as postal_code.
    private static readonly HashSet<string> CodeAfterCityWithComma = new(StringComparer.OrdinalIgnoreCase) { "US", "CA", "AU" };

    /// <summary>"3521 AZ Utrecht", "London W2 6TT", "Menlo Park, CA 94025"; empty when neither is given.</summary>
    public static string Format(PostalAddress address) => Format(address, null);

    /// <summary>The same with the city named as readers of the language call it (1010 Wenen), where the register gives that name.</summary>
    public static string Format(PostalAddress address, string? language)
    {
        var code = Clean(address.PostalCode);
        var city = Clean(language is null ? null : address.CityNames?.Get(language)) ?? Clean(address.City);
        if (code is null || city is null)
        {
            return code ?? city ?? "";
        }

        var country = address.Country ?? "";
        if (CodeAfterCityWithComma.Contains(country))
        {
            return $"{city}, {code}";
        }

        return CodeAfterCity.Contains(country) ? $"{city} {code}" : $"{code} {city}";
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
