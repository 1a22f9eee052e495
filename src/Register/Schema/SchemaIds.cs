using Register.Model;
using Register.Vocabulary;

namespace Register.Schema;

/// <summary>
/// The ids a field accepts, for the schema's <c>enum</c> so an editor offers them: the built-in vocabulary merged with the
/// organisation's vocabulary.yaml, the register's own recipients, measures and audiences, each described by its label in
/// the register's languages.
/// </summary>
public sealed class SchemaIds
{
    private readonly Dictionary<(Type Record, string Key), IReadOnlyList<(string Id, string Description)>> _choices = [];

    private SchemaIds()
    {
    }

    /// <summary>The built-in ids only, described in the languages the built-in vocabulary has (nl, de, en).</summary>
    public static SchemaIds BuiltIn { get; } = From(Terminology.BuiltIn, ["nl", "de", "en"], null);

    /// <summary>The ids of a register: its vocabulary, recipients, measures and audiences, described in its languages.</summary>
    public static SchemaIds Of(RegisterModel register)
    {
        var languages = register.Organisation.Languages.Count > 0 ? register.Organisation.Languages : ["nl", "de", "en"];
        return From(Terminology.BuiltIn.With(register.Vocabulary), languages, register);
    }

    /// <summary>The ids (with descriptions) the key <paramref name="key"/> of <paramref name="record"/> accepts, or null when it takes any text.</summary>
    public IReadOnlyList<(string Id, string Description)>? For(Type record, string key) =>
        _choices.TryGetValue((record, key), out var choices) ? choices : null;

    private static SchemaIds From(Terminology vocabulary, IReadOnlyList<string> languages, RegisterModel? register)
    {
        string Describe(LocalizedText text) => string.Join(" · ", languages.Select(l => text.Get(l)).Where(t => !string.IsNullOrEmpty(t)));

        var ids = new SchemaIds();
        var categories = vocabulary.DataCategories.Values.Select(t => (t.Id, Describe(t.Label))).ToList();
        var subjects = vocabulary.DataSubjects.Values.Select(t => (t.Id, Describe(t.Label))).ToList();
        var recipientCategories = vocabulary.RecipientCategories.Values.Select(t => (t.Id, Describe(t.Label))).ToList();
        var countries = vocabulary.Countries.Values
            .SelectMany(c => c.Aliases.Prepend(c.Code).Select(code => (code, Describe(c.Name))))
            .ToList();
        var authorities = vocabulary.Authorities.Values
            .SelectMany(a => a.Aliases.Prepend(a.Id).Select(id => (id, Describe(a.Name))))
            .ToList();
        var languageCodes = vocabulary.Languages.Values.Select(l => (l.Code, Describe(l.Name))).ToList();

        ids._choices[(typeof(DataCategoryUse), "category")] = categories;
        ids._choices[(typeof(ProcessingActivity), "data_subjects")] = subjects;
        ids._choices[(typeof(Recipient), "category")] = recipientCategories;
        ids._choices[(typeof(Recipient), "country")] = countries;
        ids._choices[(typeof(Transfer), "country")] = countries;
        ids._choices[(typeof(SupervisoryAuthorityRef), "id")] = authorities;
        ids._choices[(typeof(Organisation), "languages")] = languageCodes;
        if (register is not null)
        {
            var recipients = register.Recipients.Select(r => (r.Id, Describe(r.Name))).ToList();
            ids._choices[(typeof(ProcessingActivity), "recipients")] = recipients;
            ids._choices[(typeof(Transfer), "recipient")] = recipients;
            ids._choices[(typeof(ProcessingActivity), "security_measures")] = register.Measures.Select(m => (m.Id, Describe(m.Name))).ToList();
            ids._choices[(typeof(ProcessingActivity), "audiences")] = register.Organisation.Audiences.Select(a => (a.Id, Describe(a.Name))).ToList();
        }

        return ids;
    }
}
