using NodaTime;
using Register.Model;
using Register.Views.Localization;

namespace Register.Tests.Views.Localization;

public sealed class RetentionWordsTests
{
    private static readonly RetentionRule Payments = new()
    {
        Period = new IsoPeriod { Text = "P3Y", Value = Period.FromYears(3) },
        RunsFrom = LocalizedText.Of(
            ("nl", "het einde van het jaar waarin de betaling is verwerkt"),
            ("de", "dem Ende des Jahres, in dem die Zahlung verarbeitet wurde"),
            ("en", "the end of the year in which the payment was processed")),
        Then = RetentionEnd.Review,
    };

    [Theory]
    [InlineData("nl", "Drie jaar na het einde van het jaar waarin de betaling is verwerkt, daarna beoordelen wij of de gegevens nog nodig zijn en verwijderen wij ze als dat niet zo is.")]
    [InlineData("de", "Drei Jahre nach dem Ende des Jahres, in dem die Zahlung verarbeitet wurde; danach prüfen wir, ob die Daten noch benötigt werden, und löschen sie, wenn nicht.")]
    [InlineData("en", "Three years after the end of the year in which the payment was processed; then we review whether the data is still needed and delete it if it is not.")]
    public void A_period_runs_from_its_event_and_says_what_follows(string language, string expected) =>
        Assert.Equal(expected, RetentionWords.Describe(Payments, TestPhrases.For(language)));

    [Theory]
    [InlineData("nl", "Zes maanden na verzameling, daarna worden de gegevens verwijderd. Logbestanden bij incidenten bewaren wij langer.")]
    [InlineData("de", "Sechs Monate nach der Erhebung; danach werden die Daten gelöscht. Protokolle zu Vorfällen bewahren wir länger auf.")]
    [InlineData("en", "Six months after collection; then the data is deleted. We keep logs of incidents longer.")]
    public void Without_an_event_the_period_runs_from_collection_and_the_note_follows(string language, string expected)
    {
        var rule = new RetentionRule
        {
            Period = new IsoPeriod { Text = "P6M", Value = Period.FromMonths(6) },
            Then = RetentionEnd.Delete,
            ThenNote = LocalizedText.Of(
                ("nl", "Logbestanden bij incidenten bewaren wij langer."),
                ("de", "Protokolle zu Vorfällen bewahren wir länger auf."),
                ("en", "We keep logs of incidents longer.")),
        };
        Assert.Equal(expected, RetentionWords.Describe(rule, TestPhrases.For(language)));
    }

    [Fact]
    public void A_criterion_is_used_when_there_is_no_period()
    {
        var rule = new RetentionRule { Criterion = LocalizedText.Of(("en", "Until the claim is settled.")) };
        Assert.Equal("Until the claim is settled.", RetentionWords.Describe(rule, TestPhrases.For("en")));
    }
}
