using Register.Model;
using Register.Vocabulary;

namespace Register.Tests.Vocabulary;

public sealed class VocabularyDataTests
{
    private static readonly string[] Languages = ["nl", "de", "en"];

    public static TheoryData<string> Files() => new(EmbeddedVocabulary.Files);

    [Fact]
    public void Every_embedded_yaml_file_is_one_the_loader_reads()
    {
        Assert.Equal(EmbeddedVocabulary.Files.Order(StringComparer.Ordinal), EmbeddedVocabulary.EmbeddedFiles());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Data_file_loads_without_diagnostics_and_has_entries(string file)
    {
        var (count, diagnostics) = file switch
        {
            EmbeddedVocabulary.DataCategoriesFile or EmbeddedVocabulary.DataSubjectsFile or EmbeddedVocabulary.RecipientCategoriesFile => Count<VocabularyTerm>(file),
            EmbeddedVocabulary.LegalBasesFile => Count<LegalBasisTerm>(file),
            EmbeddedVocabulary.Article9ConditionsFile or EmbeddedVocabulary.Article49DerogationsFile or EmbeddedVocabulary.TransferMechanismsFile => Count<ArticleTerm>(file),
            EmbeddedVocabulary.RightsFile => Count<DataSubjectRight>(file),
            EmbeddedVocabulary.CountriesFile => Count<Country>(file),
            EmbeddedVocabulary.AdequacyDecisionsFile => Count<AdequacyDecision>(file),
            EmbeddedVocabulary.AuthoritiesFile => Count<SupervisoryAuthority>(file),
            EmbeddedVocabulary.LanguagesFile => Count<LanguageTerm>(file),
            _ => throw new InvalidOperationException($"Test does not know {file}."),
        };

        Assert.Empty(diagnostics);
        Assert.True(count > 0, $"{file} has no entries.");
    }

    [Fact]
    public void Ids_are_unique_within_each_file()
    {
        AssertUnique(EmbeddedVocabulary.Read<VocabularyTerm>(EmbeddedVocabulary.DataCategoriesFile).Entries.Select(t => t.Id));
        AssertUnique(EmbeddedVocabulary.Read<VocabularyTerm>(EmbeddedVocabulary.DataSubjectsFile).Entries.Select(t => t.Id));
        AssertUnique(EmbeddedVocabulary.Read<VocabularyTerm>(EmbeddedVocabulary.RecipientCategoriesFile).Entries.Select(t => t.Id));
        AssertUnique(EmbeddedVocabulary.Read<LegalBasisTerm>(EmbeddedVocabulary.LegalBasesFile).Entries.Select(t => t.Basis.ToString()));
        AssertUnique(EmbeddedVocabulary.Read<ArticleTerm>(EmbeddedVocabulary.Article9ConditionsFile).Entries.Select(t => t.Id));
        AssertUnique(EmbeddedVocabulary.Read<ArticleTerm>(EmbeddedVocabulary.Article49DerogationsFile).Entries.Select(t => t.Id));
        AssertUnique(EmbeddedVocabulary.Read<ArticleTerm>(EmbeddedVocabulary.TransferMechanismsFile).Entries.Select(t => t.Id));
        AssertUnique(EmbeddedVocabulary.Read<DataSubjectRight>(EmbeddedVocabulary.RightsFile).Entries.Select(t => t.Id));
        AssertUnique(EmbeddedVocabulary.Read<Country>(EmbeddedVocabulary.CountriesFile).Entries.SelectMany(c => c.Aliases.Prepend(c.Code)));
        AssertUnique(EmbeddedVocabulary.Read<SupervisoryAuthority>(EmbeddedVocabulary.AuthoritiesFile).Entries.SelectMany(a => a.Aliases.Prepend(a.Id)));
        AssertUnique(EmbeddedVocabulary.Read<LanguageTerm>(EmbeddedVocabulary.LanguagesFile).Entries.Select(l => l.Code));
    }

    [Fact]
    public void Every_reader_facing_text_has_dutch_german_and_english()
    {
        var vocabulary = Terminology.BuiltIn;
        var texts = new List<(string What, LocalizedText Text)>();
        texts.AddRange(vocabulary.DataCategories.Values.Select(t => ($"data category {t.Id}", t.Label)));
        texts.AddRange(vocabulary.DataSubjects.Values.Select(t => ($"data subject {t.Id}", t.Label)));
        texts.AddRange(vocabulary.RecipientCategories.Values.Select(t => ($"recipient category {t.Id}", t.Label)));
        texts.AddRange(vocabulary.LegalBases.Values.Select(t => ($"legal basis {t.Article}", t.Label)));
        texts.AddRange(vocabulary.Article9Conditions.Values.Select(t => ($"condition {t.Article}", t.Label)));
        texts.AddRange(vocabulary.Article49Derogations.Values.Select(t => ($"derogation {t.Article}", t.Label)));
        texts.AddRange(vocabulary.TransferMechanisms.Values.Select(t => ($"mechanism {t.Id}", t.Label)));
        texts.AddRange(vocabulary.Rights.SelectMany(r => new[] { ($"right {r.Id}", r.Label), ($"right {r.Id} description", r.Description) }));
        texts.AddRange(vocabulary.Countries.Values.Select(c => ($"country {c.Code}", c.Name)));
        texts.AddRange(vocabulary.Languages.Values.Select(l => ($"language {l.Code}", l.Name)));
        texts.AddRange(vocabulary.AdequacyDecisions.Select(d => ($"adequacy {d.Country} scope", d.Scope)));
        texts.AddRange(vocabulary.AdequacyDecisions.Where(d => d.Note is not null).Select(d => ($"adequacy {d.Country} note", d.Note!)));
        texts.AddRange(vocabulary.Authorities.Values.SelectMany(a => new[] { ($"authority {a.Id}", a.Name), ($"authority {a.Id} jurisdiction", a.Jurisdiction) }));

        var missing = texts
            .SelectMany(t => Languages.Where(l => string.IsNullOrWhiteSpace(t.Text.Get(l))).Select(l => $"{t.What}: {l}"))
            .ToList();
        Assert.True(texts.Count > 400, "Expected every term of every file to be checked.");
        Assert.Empty(missing);
    }

    [Fact]
    public void Verification_marks_are_those_of_the_reference()
    {
        var vocabulary = Terminology.BuiltIn;
        var marks = vocabulary.LegalBases.Values.Select(t => t.Verification)
            .Concat(vocabulary.Article9Conditions.Values.Select(t => t.Verification))
            .Concat(vocabulary.Article49Derogations.Values.Select(t => t.Verification))
            .Concat(vocabulary.TransferMechanisms.Values.Select(t => t.Verification))
            .Concat(vocabulary.Rights.Select(r => r.Verification))
            .Concat(vocabulary.AdequacyDecisions.Select(d => d.Verification))
            .Concat(vocabulary.Authorities.Values.Select(a => a.Verification));

        Assert.All(marks, mark => Assert.Contains(mark, new[] { "V", "S", "M" }));
    }

    private static (int Count, IReadOnlyList<Register.Diagnostics.Diagnostic> Diagnostics) Count<T>(string file)
        where T : ModelNode
    {
        var (entries, diagnostics) = EmbeddedVocabulary.Read<T>(file);
        return (entries.Count, diagnostics);
    }

    private static void AssertUnique(IEnumerable<string> ids)
    {
        var duplicates = ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }
}
