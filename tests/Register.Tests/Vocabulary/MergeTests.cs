using Register.Model;
using Register.Vocabulary;

namespace Register.Tests.Vocabulary;

public sealed class MergeTests
{
    private static VocabularyTerm Term(string id, string en) =>
        new() { Id = id, Label = LocalizedText.Of(("nl", en + " (nl)"), ("de", en + " (de)"), ("en", en)) };

    [Fact]
    public void Organisation_terms_are_added_after_the_built_in_ones()
    {
        var organisation = new VocabularyFile
        {
            DataCategories = [Term("vehicle-data", "vehicle data")],
            DataSubjects = [Term("bailiff-contacts", "bailiff contacts")],
            RecipientCategories = [Term("debt-buyers", "debt buyers")],
        };

        var merged = Terminology.BuiltIn.With(organisation);

        Assert.Equal("vehicle data", merged.DataCategories["vehicle-data"].Label["en"]);
        Assert.Equal("vehicle-data", merged.DataCategories.Keys.Last());
        Assert.Equal(Terminology.BuiltIn.DataCategories.Count + 1, merged.DataCategories.Count);
        Assert.True(merged.DataSubjects.ContainsKey("bailiff-contacts"));
        Assert.True(merged.RecipientCategories.ContainsKey("debt-buyers"));
        Assert.True(merged.DataCategories.ContainsKey("health-data"));
    }

    [Fact]
    public void An_organisation_term_with_a_built_in_id_wins_and_the_built_in_vocabulary_is_unchanged()
    {
        var own = Term("debt-details", "details of the claim") with { Special = false };

        var merged = Terminology.BuiltIn.With(new VocabularyFile { DataCategories = [own] });

        Assert.Same(own, merged.DataCategories["debt-details"]);
        Assert.Equal(Terminology.BuiltIn.DataCategories.Count, merged.DataCategories.Count);
        Assert.NotSame(own, Terminology.BuiltIn.DataCategories["debt-details"]);
        Assert.DoesNotContain("claim", Terminology.BuiltIn.DataCategories["debt-details"].Label["en"], StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_keeps_everything_else_of_the_built_in_vocabulary()
    {
        var merged = Terminology.BuiltIn.With(new VocabularyFile());

        Assert.Equal(Terminology.BuiltIn.DataCategories.Keys, merged.DataCategories.Keys);
        Assert.Same(Terminology.BuiltIn.Countries, merged.Countries);
        Assert.Same(Terminology.BuiltIn.Authorities, merged.Authorities);
        Assert.Equal(Terminology.BuiltIn.Rights, merged.Rights);
        Assert.True(merged.IsEea("EL"));
        Assert.NotNull(merged.AdequacyFor("JP", new NodaTime.LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void The_built_in_vocabulary_is_loaded_once()
    {
        var instances = Enumerable.Range(0, 8).AsParallel().Select(_ => Terminology.BuiltIn).Distinct().Count();

        Assert.Equal(1, instances);
    }
}
