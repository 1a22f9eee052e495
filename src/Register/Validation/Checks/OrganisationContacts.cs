using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>REG093–REG095, REG271: people can reach the controller, the privacy contact and the DPO, and the complaint authority is identified.</summary>
public sealed class OrganisationContacts : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var organisation = context.Register.Organisation;
        var contacts = organisation.Contacts;
        if (organisation.At.File is not null && !organisation.Rejected.Contains("address") && organisation.Address is null
            && string.IsNullOrWhiteSpace(organisation.Email) && string.IsNullOrWhiteSpace(organisation.Phone) && string.IsNullOrWhiteSpace(organisation.ContactForm))
        {
            yield return Rules.ControllerUnreachable.At(organisation.At,
                "The organisation gives no postal address and no email, phone or contact form, so a notice cannot give the controller's contact details (Art. 13(1)(a), 14(1)(a)).",
                "Add 'address:' (street, postal_code, city, country), or 'email:', 'phone:' or 'contact_form:' when the organisation publishes no postal address.");
        }

        if (contacts.At.File is not null && contacts.Privacy.At.File is not null && !Reachable(contacts.Privacy))
        {
            yield return Rules.PrivacyContactUnreachable.At(contacts.LocationOf(nameof(contacts.Privacy)),
                "The privacy contact has no email, phone, web address or postal address, so people cannot reach it (Art. 13(1)(a)).",
                "Add at least 'email:' to the privacy contact; a phone number or contact form helps too.");
        }

        foreach (var (point, key, what) in new[] { (contacts.Objection, "objection", "objections"), (contacts.Requests, "requests", "requests to exercise a right") })
        {
            if (point is not null && !Reachable(point))
            {
                yield return Rules.PrivacyContactUnreachable.At(contacts.LocationOf(key),
                    $"The contact for {what} ('{key}:') has no email, phone, web address or postal address, so people cannot reach it.",
                    $"Add at least 'email:' to '{key}:', or remove it so the notice names the privacy contact instead.");
            }
        }

        if (contacts.Dpo is { } dpo && string.IsNullOrWhiteSpace(dpo.Email))
        {
            yield return Rules.DpoWithoutEmail.At(contacts.LocationOf(nameof(contacts.Dpo)),
                "A data protection officer is given without an email address; notices must give the DPO's contact details (Art. 13(1)(b), 37(7)).",
                "Add 'email:' to 'dpo:', e.g. the DPO's own address such as dpo@example.com.");
        }

        var authority = organisation.SupervisoryAuthority;
        if (authority.At.File is not null && string.IsNullOrWhiteSpace(authority.Id) && (Blank.Text(authority.Name) || authority.Address is null))
        {
            var missing = Blank.Text(authority.Name) ? "name" : "address";
            yield return Rules.AuthorityIncomplete.At(organisation.LocationOf(nameof(organisation.SupervisoryAuthority)),
                $"The supervisory authority has no built-in id and no {missing}, so notices cannot say where to complain (Art. 13(2)(d)).",
                "Give a built-in id such as 'nl-ap' or 'de-nw', or write 'name:' and 'address:' (and 'url:') of the authority.");
        }

        foreach (var notice in context.Register.Notices)
        {
            foreach (var local in notice.LocalAuthorities.Where(a => string.IsNullOrWhiteSpace(a.Id) && (Blank.Text(a.Name) || a.Address is null)))
            {
                var missing = Blank.Text(local.Name) ? "name" : "address";
                yield return Rules.AuthorityIncomplete.At(local.At,
                    $"An authority under 'local_authorities' of notice '{notice.Id}' has no built-in id and no {missing}, so the notice cannot say where to complain.",
                    "Give a built-in id such as 'de-nw', or write 'name:' and 'address:' (and 'url:') of the authority.");
            }
        }
    }

    private static bool Reachable(ContactPoint contact) =>
        !string.IsNullOrWhiteSpace(contact.Email) || !string.IsNullOrWhiteSpace(contact.Phone)
        || !string.IsNullOrWhiteSpace(contact.Url) || contact.Address is not null;
}
