using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG070: countries are ISO 3166-1 alpha-2 codes (addresses, recipients, transfers).</summary>
public sealed class CountryCodes : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var node in context.Nodes)
        {
            var country = node switch
            {
                PostalAddress address => address.Country,
                Recipient recipient => recipient.Country,
                Transfer transfer => transfer.Country ?? "",
                _ => null,
            };
            if (string.IsNullOrEmpty(country) || context.Vocabulary.FindCountry(country) is not null)
            {
                continue;
            }

            var upper = country.ToUpperInvariant();
            var fix = context.Vocabulary.FindCountry(upper) is not null
                ? $"Write it in capitals: '{upper}'."
                : "Use the two-letter ISO 3166-1 code, e.g. NL, DE, BE, GB or US.";
            yield return Rules.InvalidCountryCode.At(node.LocationOf("Country"),
                $"'{country}' is not an ISO 3166-1 country code.", fix);
        }
    }
}
