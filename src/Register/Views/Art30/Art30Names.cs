using Register.Model;

namespace Register.Views.Art30;

/// <summary>Resolves the ids an activity refers to (recipients, entities, measures, vocabulary terms, countries) to names in one language.</summary>
internal sealed class Art30Names(ViewInput input, string language)
{
    // Looked up for every activity: by id, the first of an id as a search of the list would find it.
    private readonly Dictionary<string, Recipient> _recipients = ById(input.Register.Recipients, r => r.Id);
    private readonly Dictionary<string, GroupEntity> _entities = ById(input.Register.Organisation.GroupEntities, e => e.Id);
    private readonly Dictionary<string, SecurityMeasure> _measures = ById(input.Register.Measures, m => m.Id);

    public Recipient? FindRecipient(string id) => _recipients.GetValueOrDefault(id);

    public GroupEntity? FindEntity(string id) => _entities.GetValueOrDefault(id);

    public SecurityMeasure? FindMeasure(string id) => _measures.GetValueOrDefault(id);

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

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId.TryAdd(id(item), item);
        }

        return byId;
    }

    private static string Join(params string[] parts) =>
        string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
