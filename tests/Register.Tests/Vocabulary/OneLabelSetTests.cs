using Register.Model;
using Register.Tests.Views.Localization;
using Register.Vocabulary;

namespace Register.Tests.Vocabulary;

/// <summary>
/// One label set per language for legal bases, Art. 9(2) conditions, transfer mechanisms and Art. 49 derogations: the
/// vocabulary's. The phrase files carry none of their own that could disagree, and the DPF has one name per language.
/// </summary>
public sealed class OneLabelSetTests
{
    public static TheoryData<string> Languages() => ["nl", "de", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Phrase_files_have_no_labels_of_their_own_for_bases_conditions_mechanisms_or_derogations(string language)
    {
        var own = TestPhrases.For(language).Keys
            .Where(k => k.StartsWith("basis.", StringComparison.Ordinal) || k.StartsWith("article9.", StringComparison.Ordinal)
                || k.StartsWith("art30.mechanism.", StringComparison.Ordinal) || k.StartsWith("art30.derogation.", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(own);
    }

    [Theory]
    [InlineData("nl", "uitvoering van een overeenkomst of precontractuele maatregelen")]
    [InlineData("de", "Vertragserfüllung oder vorvertragliche Maßnahmen")]
    [InlineData("en", "performance of a contract or pre-contractual steps")]
    public void Contract_basis_names_the_pre_contractual_steps(string language, string label)
    {
        Assert.Equal(label, Terminology.BuiltIn.Label(LegalBasis.Contract, language));
    }

    [Fact]
    public void Made_public_condition_says_manifestly_in_dutch()
    {
        Assert.StartsWith("kennelijk ", Terminology.BuiltIn.Label(Article9Condition.MadePublic, "nl"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "EU-VS-kader voor gegevensbescherming", new[] { "Data Privacy Framework", "gegevensprivacykader", "EU-VS Data" })]
    [InlineData("de", "Datenschutzrahmen EU-USA", new[] { "Data Privacy Framework", "EU-US-Datenschutzrahmen" })]
    [InlineData("en", "EU-US Data Privacy Framework", new[] { "Privacy Shield" })]
    public void The_data_privacy_framework_has_one_name_per_language(string language, string name, string[] otherNames)
    {
        var phrases = TestPhrases.For(language);
        var texts = phrases.Keys.Select(k => phrases.Get(k))
            .Concat(Terminology.BuiltIn.TransferMechanisms.Values.Select(m => m.Label.Get(language) ?? ""))
            .Concat(Terminology.BuiltIn.AdequacyDecisions.Select(d => d.Scope.Get(language) ?? ""))
            .ToList();

        Assert.Contains(texts, t => t.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => otherNames.Any(o => t.Contains(o, StringComparison.Ordinal)));
    }
}
