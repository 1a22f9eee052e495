using Register.Model;

namespace Register.Workflow.Diff;

/// <summary>Compares two versions of organisation.yaml: identity, address, contacts, supervisory authority, languages.</summary>
internal sealed class OrganisationComparison(DiffNames words, List<RegisterChange> changes)
{
    private const string Subject = "Organisation";

    private string _file = "";

    public void Compare(Organisation before, Organisation after)
    {
        _file = after.At.File;
        Value("name", before.Name, after.Name, ChangeKind.OrganisationChanged);
        Value("trade name", before.TradeName, after.TradeName, ChangeKind.OrganisationChanged);
        Value("registration number", before.RegistrationNumber, after.RegistrationNumber, ChangeKind.OrganisationChanged);
        Value("web site", before.Website, after.Website, ChangeKind.OrganisationChanged);
        Value("address", Address(before.Address), Address(after.Address), ChangeKind.OrganisationChanged);
        Value("e-mail address", before.Email, after.Email, ChangeKind.OrganisationChanged);
        Value("phone number", before.Phone, after.Phone, ChangeKind.OrganisationChanged);
        Value("contact form", before.ContactForm, after.ContactForm, ChangeKind.OrganisationChanged);
        Contact("privacy contact", before.Contacts.Privacy, after.Contacts.Privacy);
        Contact("data protection officer", before.Contacts.Dpo, after.Contacts.Dpo);
        Contact("EU representative", before.Contacts.EuRepresentative, after.Contacts.EuRepresentative);
        Value("supervisory authority", Authority(before.SupervisoryAuthority), Authority(after.SupervisoryAuthority), ChangeKind.SupervisoryAuthorityChanged);
        Value("languages", string.Join(", ", before.Languages), string.Join(", ", after.Languages), ChangeKind.LanguagesChanged);
    }

    private void Contact(string who, ContactPoint? before, ContactPoint? after)
    {
        if (before is null || after is null)
        {
            if (before is not null || after is not null)
            {
                var message = after is null ? $"The {who} was removed." : $"A {who} was added: {Describe(after)}.";
                changes.Add(new RegisterChange(ChangeKind.ContactChanged, Subject, message)
                {
                    File = _file, Before = before is null ? null : Describe(before), After = after is null ? null : Describe(after),
                });
            }

            return;
        }

        Value($"{who}'s name", words.Text(before.Name), words.Text(after.Name), ChangeKind.ContactChanged);
        Value($"{who}'s job title", words.Text(before.JobTitle), words.Text(after.JobTitle), ChangeKind.ContactChanged);
        Value($"{who}'s e-mail address", before.Email, after.Email, ChangeKind.ContactChanged);
        Value($"{who}'s phone number", before.Phone, after.Phone, ChangeKind.ContactChanged);
        Value($"{who}'s web page", before.Url, after.Url, ChangeKind.ContactChanged);
        Value($"{who}'s address", Address(before.Address), Address(after.Address), ChangeKind.ContactChanged);
    }

    private void Value(string what, string? before, string? after, ChangeKind kind)
    {
        if ((before ?? "") == (after ?? ""))
        {
            return;
        }

        var message = (before ?? "") == "" ? $"The {what} was set to {after}."
            : (after ?? "") == "" ? $"The {what} ({before}) was removed."
            : $"The {what} changed from {before} to {after}.";
        changes.Add(new RegisterChange(kind, Subject, char.ToUpperInvariant(message[0]) + message[1..])
        {
            File = _file, Before = before, After = after,
        });
    }

    private string Describe(ContactPoint contact) =>
        string.Join(", ", new[] { words.Text(contact.Name), contact.Email, contact.Phone, contact.Url, Address(contact.Address) }.Where(s => !string.IsNullOrEmpty(s)));

    private static string? Address(PostalAddress? address) => address is null
        ? null
        : string.Join(", ", new[] { address.Street, address.PostalCode, address.City, address.Country }.Where(s => !string.IsNullOrEmpty(s)));

    private string? Authority(SupervisoryAuthorityRef authority) =>
        authority.Id ?? (words.Text(authority.Name) is { Length: > 0 } name ? name : authority.Url);
}
