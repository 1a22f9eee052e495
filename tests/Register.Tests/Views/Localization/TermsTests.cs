namespace Register.Tests.Views.Localization;

/// <summary>The legal terms of each language version (gdpr-reference.md §3-4), as the phrase files give them to templates.</summary>
public sealed class TermsTests
{
    [Theory]
    [InlineData("nl", "act", "AVG")]
    [InlineData("de", "act", "DSGVO")]
    [InlineData("en", "act", "GDPR")]
    [InlineData("nl", "controller", "verwerkingsverantwoordelijke")]
    [InlineData("de", "controller", "Verantwortlicher")]
    [InlineData("en", "controller", "controller")]
    [InlineData("nl", "dpo", "functionaris voor gegevensbescherming")]
    [InlineData("de", "dpo", "Datenschutzbeauftragter")]
    [InlineData("nl", "supervisory_authority", "toezichthoudende autoriteit")]
    [InlineData("de", "supervisory_authority", "Aufsichtsbehörde")]
    [InlineData("nl", "standard_contractual_clauses", "standaardbepalingen inzake gegevensbescherming")]
    [InlineData("de", "standard_contractual_clauses", "Standarddatenschutzklauseln")]
    [InlineData("nl", "binding_corporate_rules", "bindende bedrijfsvoorschriften")]
    [InlineData("de", "adequacy_decision", "Angemessenheitsbeschluss")]
    [InlineData("nl", "storage_period", "bewaartermijn")]
    [InlineData("de", "storage_period", "Speicherdauer")]
    public void Terms_follow_the_official_language_versions(string language, string term, string expected) =>
        Assert.Equal(expected, TestPhrases.For(language).Get("term." + term));

    [Theory]
    [InlineData("nl", "legitimate_interests", "gerechtvaardigd belang")]
    [InlineData("de", "legitimate_interests", "berechtigte Interessen")]
    [InlineData("en", "legitimate_interests", "legitimate interests")]
    [InlineData("nl", "consent", "toestemming")]
    [InlineData("de", "consent", "Einwilligung")]
    [InlineData("de", "legal_obligation", "rechtliche Verpflichtung")]
    public void Legal_bases_carry_their_short_labels(string language, string basis, string expected) =>
        Assert.Equal(expected, Register.Vocabulary.Terminology.BuiltIn.Label(Enum.Parse<Register.Model.LegalBasis>(basis.Replace("_", "", StringComparison.Ordinal), ignoreCase: true), language));
}
