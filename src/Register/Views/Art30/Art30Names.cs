using Register.Model;

namespace Register.Views.Art30;

/// <summary>Resolves the ids an activity refers to (recipients, entities, measures, vocabulary terms, countries) to names in one language.</summary>
internal sealed class Art30Names(ViewInput input, string language)
{
    private readonly RegisterModel _register = input.Register;

    public Recipient? FindRecipient(string id) => _register.Recipients.FirstOrDefault(r => r.Id == id);

    public GroupEntity? FindEntity(string id) => _register.Organisation.GroupEntities.FirstOrDefault(e => e.Id == id);

    public SecurityMeasure? FindMeasure(string id) => _register.Measures.FirstOrDefault(m => m.Id == id);

    public string Recipient(string id) => FindRecipient(id)?.Name.ForRecord(language) ?? id;

    /// <summary>A controller or joint controller by recipient or group-entity id: name, address and contact (Art. 30(1)(a), 30(2)(a)).</summary>
    public string Party(string id)
    {
        if (FindEntity(id) is { } entity)
        {
            return Join(entity.Name, Art30Words.Address(entity.Address, language), Art30Words.Contact(entity.Contact, language));
        }

        if (FindRecipient(id) is { } recipient)
        {
            var own = recipient.Name.ForRecord(language) ?? "";
            var name = recipient.LegalEntity is { Length: > 0 } legal && legal != own ? $"{own} ({legal})" : own;
            return Join(name, Art30Words.Address(recipient.Address, language));
        }

        return id;
    }

    // ViewInput.Vocabulary is the built-in vocabulary merged with the register's own terms.
    public string DataCategory(string id) => Label(input.Vocabulary.DataCategories, id);

    public string DataSubject(string id) => Label(input.Vocabulary.DataSubjects, id);

    public string RecipientCategory(string id) => Label(input.Vocabulary.RecipientCategories, id);

    public bool IsSpecial(string id) => input.Vocabulary.DataCategories.GetValueOrDefault(id)?.Special ?? false;

    public bool IsCriminal(string id) => input.Vocabulary.DataCategories.GetValueOrDefault(id)?.Criminal ?? false;

    /// <summary>The country's name in the language; the code itself when the vocabulary does not know it.</summary>
    public string Country(string code) => input.Vocabulary.FindCountry(code)?.Name.ForRecord(language) ?? code;

    private string Label(IReadOnlyDictionary<string, VocabularyTerm> terms, string id) =>
        terms.GetValueOrDefault(id)?.Label.ForRecord(language) ?? id;

    private static string Join(params string[] parts) =>
        string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
