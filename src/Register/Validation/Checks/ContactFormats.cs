using System.Text.RegularExpressions;
using Register.Diagnostics;
using Register.Loading.Binding;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG071–REG073: email addresses, web addresses and phone numbers are written so a reader can use them.</summary>
public sealed partial class ContactFormats : IRegisterCheck
{
    private enum Format
    {
        Email,
        Url,
        Phone,
    }

    // Which values hold what, by record type and property: explicit, so a new property is a conscious choice.
    private static readonly Dictionary<(Type, string), Format> Formats = new()
    {
        [(typeof(ContactPoint), nameof(ContactPoint.Email))] = Format.Email,
        [(typeof(ContactPoint), nameof(ContactPoint.Phone))] = Format.Phone,
        [(typeof(ContactPoint), nameof(ContactPoint.Url))] = Format.Url,
        [(typeof(SupervisoryAuthorityRef), nameof(SupervisoryAuthorityRef.Email))] = Format.Email,
        [(typeof(SupervisoryAuthorityRef), nameof(SupervisoryAuthorityRef.Phone))] = Format.Phone,
        [(typeof(SupervisoryAuthorityRef), nameof(SupervisoryAuthorityRef.Url))] = Format.Url,
        [(typeof(Organisation), nameof(Organisation.Website))] = Format.Url,
        [(typeof(Organisation), nameof(Organisation.Email))] = Format.Email,
        [(typeof(Organisation), nameof(Organisation.Phone))] = Format.Phone,
        [(typeof(Organisation), nameof(Organisation.ContactForm))] = Format.Url,
        [(typeof(Organisation), nameof(Organisation.CookiePolicy))] = Format.Url,
        [(typeof(CodeOfConduct), nameof(CodeOfConduct.Url))] = Format.Url,
        [(typeof(Recipient), nameof(Recipient.PrivacyPolicy))] = Format.Url,
        [(typeof(Recipient), nameof(Recipient.OptOut))] = Format.Url,
        [(typeof(Transfer), nameof(Transfer.SafeguardsUrl))] = Format.Url,
        [(typeof(ThirdPartyPage), nameof(ThirdPartyPage.Url))] = Format.Url,
        [(typeof(ThirdPartyPage), nameof(ThirdPartyPage.PrivacyPolicy))] = Format.Url,
        [(typeof(ThirdPartyPage), nameof(ThirdPartyPage.OptOut))] = Format.Url,
        [(typeof(ActivityOwner), nameof(ActivityOwner.Contact))] = Format.Email,
    };

    // A plain address: no 'mailto:', no '?' (a mailto query can add hidden recipients), no list separators; \z, not $.
    [GeneratedRegex(@"^[^@\s?:;,<>""/\\]+@[^@\s.?:;,<>""/\\#&=]+(\.[^@\s.?:;,<>""/\\#&=]+)+\z", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // An extension after a hyphen, as German numbers write a switchboard's direct dial: +49 2133 2463-0.
    [GeneratedRegex(@"^\+[1-9][0-9]{0,3}( ?[0-9]{1,6}){2,8}(-[0-9]{1,5})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var node in context.Nodes)
        {
            foreach (var ((type, property), format) in Formats)
            {
                if (type != node.GetType() || TypeShape.Of(type).Named(property)!.GetValue(node) is not string value || value.Length == 0)
                {
                    continue;
                }

                var key = Naming.ToYamlKey(property);
                if (Problem(format, value) is { } problem)
                {
                    yield return problem.Rule.At(node.LocationOf(property), $"'{value}' in '{key}' {problem.Message}", problem.Fix);
                }
            }
        }
    }

    private static (Rule Rule, string Message, string Fix)? Problem(Format format, string value) => format switch
    {
        Format.Email when !EmailPattern().IsMatch(value) =>
            (Rules.InvalidEmail, "is not an email address.", "Write the plain address, e.g. name@example.com: no 'mailto:', no '?' or other additions, no spaces."),
        Format.Url when !IsWebAddress(value) =>
            (Rules.InvalidUrl, "is not a web address starting with https:// or http://.", "Write the full address, e.g. https://www.example.com/privacy."),
        Format.Phone when !PhonePattern().IsMatch(value.Trim()) =>
            (Rules.InvalidPhone, "is not a phone number in international form.", "Write it with '+', the country code and the number, digits and spaces only, and an extension after '-' if any: +31 20 123 4567, +49 2133 2463-0."),
        _ => null,
    };

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"' or '`' or '\\');
}
