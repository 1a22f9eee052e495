using Register.Views.Art30;

namespace Register.Tests.Rendering.Art30;

public sealed class Art30ViewTests
{
    private static Art30RecordView Record(string language, Art30RecordKind kind) => Art30Fixture.Record(language, kind);

    [Fact]
    public void Each_language_has_a_controller_record_and_a_processor_record_for_the_processor_activity()
    {
        var records = Art30Fixture.Records();

        Assert.Equal(
            ["nl Controller", "nl Processor", "de Controller", "de Processor", "en Controller", "en Processor"],
            records.Select(r => $"{r.Language} {r.Kind}"));
        Assert.Equal(["collection", "hardship", "page-insights"], records[0].Activities.Select(a => a.Id));
        Assert.Equal(["payroll-service"], records[1].Activities.Select(a => a.Id));
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("de")]
    [InlineData("en")]
    public void Every_entry_carries_every_field_of_its_record_with_a_value(string language)
    {
        foreach (var kind in new[] { Art30RecordKind.Controller, Art30RecordKind.Processor })
        {
            var record = Record(language, kind);
            foreach (var activity in record.Activities)
            {
                Assert.Equal(record.FieldKeys, activity.Fields.Select(f => f.Key));
                Assert.All(activity.Fields, f => Assert.All(f.Values, v => Assert.False(string.IsNullOrWhiteSpace(v))));
                Assert.All(activity.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Label)));
            }
        }
    }

    [Fact]
    public void The_controller_record_cites_article_30_1_points_a_to_g_and_the_processor_record_30_2_points_a_to_d()
    {
        var controller = Record("en", Art30RecordKind.Controller).Activities[0].Fields.Select(f => f.Article).OfType<string>();
        var processor = Record("en", Art30RecordKind.Processor).Activities[0].Fields.Select(f => f.Article).OfType<string>();

        Assert.Equal(
            ["Art. 30(1)(a) GDPR", "Art. 30(1)(b) GDPR", "Art. 30(1)(c) GDPR", "Art. 30(1)(d) GDPR", "Art. 30(1)(e) GDPR", "Art. 30(1)(f) GDPR", "Art. 30(1)(g) GDPR"],
            controller.Distinct());
        Assert.Equal(["Art. 30(2)(a) GDPR", "Art. 30(2)(b) GDPR", "Art. 30(2)(c) GDPR", "Art. 30(2)(d) GDPR"], processor.Distinct());
    }

    [Fact]
    public void A_second_subparagraph_derogation_shows_the_documented_safeguards()
    {
        var transfers = Record("nl", Art30RecordKind.Controller).Activities[0].Field(Art30FieldKey.Transfers).Values;

        Assert.Contains(
            "Hostingpartij, India: afwijking voor een specifieke situatie: dwingende gerechtvaardigde belangen (niet-repetitieve doorgifte) (art. 49 lid 1, tweede alinea, AVG). "
            + "Waarborgen: Beoordeling vastgelegd in memo 2026-03; gegevens worden versleuteld opgeslagen.",
            transfers);
    }

    [Fact]
    public void Erasure_periods_are_given_for_the_activity_and_for_each_data_category_with_its_own()
    {
        var retention = Record("de", Art30RecordKind.Controller).Activities[0].Field(Art30FieldKey.Retention).Values;

        Assert.Equal(
            [
                "Zwei Jahre nach dem Abschluss der Akte; danach prüfen wir, ob die Daten noch benötigt werden, und löschen sie, wenn nicht. Danach prüfen wir steuerliche Aufbewahrungspflichten.",
                "Angaben zur Forderung: Sieben Jahre nach dem Ende des Geschäftsjahres; danach werden die Daten gelöscht.",
            ],
            retention);
    }

    [Fact]
    public void Legal_bases_are_cited_per_purpose_in_the_language_with_the_law_that_requires_them()
    {
        var nl = Record("nl", Art30RecordKind.Controller).Activities[0].Field(Art30FieldKey.LegalBasis).Values;
        var de = Record("de", Art30RecordKind.Controller).Activities[0].Field(Art30FieldKey.LegalBasis).Values;

        Assert.Equal(
            ["Innen van de vordering: art. 6 lid 1 sub f AVG (gerechtvaardigd belang)", "Financiële administratie: art. 6 lid 1 sub c AVG (wettelijke verplichting), op grond van art. 52 AWR"],
            nl);
        Assert.Equal("Buchführung: Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung), gestützt auf § 147 AO", de[1]);
    }

    [Fact]
    public void Special_category_and_criminal_data_are_marked_with_their_conditions()
    {
        var hardship = Record("en", Art30RecordKind.Controller).Activities.Single(a => a.Id == "hardship");

        Assert.Equal(
            ["Art. 9(2)(a) GDPR (explicit consent). The debtor gives explicit consent.", "Art. 10 GDPR: Article 33 of the Dutch GDPR Implementation Act"],
            hardship.Field(Art30FieldKey.SpecialCategories).Values);
        Assert.Contains("Health data (special category)", hardship.Field(Art30FieldKey.DataCategories).Values);
        Assert.Equal(["DPIA required: not yet carried out"], hardship.Field(Art30FieldKey.Dpia).Values);
    }

    [Fact]
    public void The_processor_record_names_each_controller_with_address()
    {
        var entry = Record("en", Art30RecordKind.Processor).Activities[0];

        Assert.Equal(["Client A (Klant A B.V.), Klantweg 2, 5678 CD Amsterdam, NL"], entry.Field(Art30FieldKey.Controllers).Values);
        Assert.Equal(["Encryption: Encrypted connections (TLS)", "unknown-measure"], entry.Field(Art30FieldKey.Security).Values);
    }

    [Fact]
    public void Joint_controllers_come_with_the_essence_of_the_arrangement()
    {
        var entry = Record("en", Art30RecordKind.Controller).Activities.Single(a => a.Id == "page-insights");

        Assert.Equal(["Sociaal Netwerk Ltd, Dublin, IE. The network informs data subjects."], entry.Field(Art30FieldKey.JointControllers).Values);
        Assert.Equal(["One year and six months after collection; then the data is anonymised."], entry.Field(Art30FieldKey.Retention).Values);
    }
}
