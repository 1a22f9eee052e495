using NodaTime;
using Register.Model;
using Register.Rendering;
using Register.Tests.Validation;
using Register.Tests.Views.Localization;
using Register.Validation;
using Register.Views;
using Register.Views.Art30;

namespace Register.Tests.Views;

/// <summary>Transfers worded per mechanism and per recipient (Art. 13(1)(f)), in Dutch and German, from the register only.</summary>
public sealed class TransferWordingTests
{
    [Theory]
    [InlineData("nl", "Voor dit land heeft de Europese Commissie geen adequaatheidsbesluit genomen.", "Wij hebben met de ontvanger de standaardbepalingen inzake gegevensbescherming van de Europese Commissie overeengekomen (art. 46 lid 2 sub c AVG).", "kunt u opvragen bij onze functionaris voor gegevensbescherming (fg@kompas-incasso.example)", "De modeltekst van de Europese Commissie: https://commission.europa.eu/")]
    [InlineData("de", "Für dieses Land hat die Europäische Kommission keinen Angemessenheitsbeschluss erlassen.", "Wir haben mit dem Empfänger die Standarddatenschutzklauseln der Europäischen Kommission vereinbart (Art. 46 Abs. 2 lit. c DSGVO).", "erhalten Sie auf Anfrage bei unserer Datenschutzbeauftragten (fg@kompas-incasso.example)", "Die Mustertexte der Europäischen Kommission: https://commission.europa.eu/")]
    public void Scc_to_a_country_without_adequacy_names_the_clauses_agreed_the_contact_for_a_copy_and_the_template(string language, string adequacy, string clauses, string copy, string template)
    {
        var transfer = Transfer(ExampleNotices.View("debtors", language), "debt-collection");

        Assert.StartsWith(adequacy + " " + clauses, transfer.Ground, StringComparison.Ordinal);
        Assert.Contains(copy, transfer.Safeguards, StringComparison.Ordinal);
        Assert.StartsWith(template, transfer.SafeguardsLink, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Het adequaatheidsbesluit voor dit land (Uitvoeringsbesluit (EU) 2023/1795 van de Commissie) geldt voor organisaties die gecertificeerd zijn onder het EU-VS-kader voor gegevensbescherming; deze doorgifte berust niet op dat besluit.")]
    [InlineData("de", "Der Angemessenheitsbeschluss für dieses Land (Durchführungsbeschluss (EU) 2023/1795 der Kommission) gilt für nach dem Datenschutzrahmen EU-USA zertifizierte Organisationen; diese Übermittlung stützt sich nicht auf diesen Beschluss.")]
    public void Scc_to_the_United_States_never_says_no_adequacy_decision_exists(string language, string expected)
    {
        var transfer = Transfer(ExampleNotices.View("debtors", language, ToUnitedStates(TransferMechanism.Scc, certified: false)), "debt-collection");

        Assert.StartsWith(expected, transfer.Ground, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPhrases.For(language).Get("transfer.no_adequacy"), transfer.Ground, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "De ontvanger is gecertificeerd onder het EU-VS-kader voor gegevensbescherming; voor gecertificeerde organisaties heeft de Europese Commissie een adequaatheidsbesluit genomen (Uitvoeringsbesluit (EU) 2023/1795 van de Commissie; art. 45 lid 3 AVG).")]
    [InlineData("de", "Der Empfänger ist nach dem Datenschutzrahmen EU-USA zertifiziert; für zertifizierte Organisationen hat die Europäische Kommission einen Angemessenheitsbeschluss erlassen (Durchführungsbeschluss (EU) 2023/1795 der Kommission; Art. 45 Abs. 3 DSGVO).")]
    public void Dpf_is_adequacy_for_certified_organisations_with_the_decision_named(string language, string expected)
    {
        var transfer = Transfer(ExampleNotices.View("debtors", language, ToUnitedStates(TransferMechanism.Dpf, certified: true)), "debt-collection");

        Assert.Equal(expected, transfer.Ground);
    }

    [Theory]
    [InlineData("nl", "buiten de EER (landen niet vermeld)")]
    [InlineData("de", "außerhalb des EWR (Länder nicht angegeben)")]
    public void A_transfer_without_countries_says_so_in_the_notice_and_the_record_never_no_transfers(string language, string expected)
    {
        Func<RegisterModel, RegisterModel> withoutCountry = r => ExampleNotices.Activity(r, "debt-collection",
            a => a with { Transfers = [.. a.Transfers.Select(t => t with { Country = null })] });

        var transfer = Transfer(ExampleNotices.View("debtors", language, withoutCountry), "debt-collection");
        var register = withoutCountry(ExampleNotices.Register);
        var input = new ViewInput { Register = register, Vocabulary = Register.Vocabulary.Terminology.BuiltIn.With(register.Vocabulary), AsOf = register.Organisation.VersionDate };
        var record = Art30Views.Build(input, TestPhrases.For(language), Art30RecordKind.Controller);
        var field = record.Activities.Single(a => a.Id == "debt-collection").Field(Art30FieldKey.Transfers);

        Assert.Equal(expected, transfer.Country);
        Assert.DoesNotContain(TestPhrases.For(language).Get("transfer.no_adequacy"), transfer.Ground, StringComparison.Ordinal);
        Assert.Contains(expected, field.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPhrases.For(language).Get("art30.value.no_transfers"), field.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "doorgifte door Meta Platforms Ireland Limited onder eigen verantwoordelijkheid, niet door ons.")]
    [InlineData("de", "Übermittlung durch Meta Platforms Ireland Limited in eigener Verantwortung, nicht durch uns.")]
    public void An_independent_controllers_own_onward_transfer_is_information_about_it_not_our_transfer(string language, string expected)
    {
        // The example's page statistics with Meta Ireland's own transfer to its parent, marked as Meta Ireland's.
        var view = ExampleNotices.View("website", language, r => ExampleNotices.Activity(r, "social-media-page-insights",
            a => a with { Transfers = [.. a.Transfers.Select(t => t with { OnwardFrom = "meta-ireland" })] }));
        var activity = view.Sections.SelectMany(s => s.Activities).Single(a => a.Id == "social-media-page-insights");

        Assert.Empty(activity.Transfers);
        var onward = Assert.Single(activity.OnwardTransfers, t => t.Recipient == "Meta Platforms, Inc.");
        Assert.Equal(expected, onward.Ground);
    }

    [Fact]
    public void An_onward_transfer_s_recipient_need_not_be_among_the_activity_s_recipients()
    {
        // The example's page statistics: Meta Ireland (the joint controller) sends data to its US parent itself.
        var root = Path.Combine(Register.Tests.Approval.Approver.RepoRoot, "register");
        var report = RegisterValidation.Run(root, new ValidationOptions { Today = new LocalDate(2026, 12, 1) });
        var activity = Assert.Single(report.Register!.Activities, a => a.Id == "social-media-page-insights");

        Assert.DoesNotContain("meta-us", activity.Recipients);
        Assert.Contains(activity.Transfers, t => t.IsOnward && t.Recipient == "meta-us");
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "REG057");
    }

    [Fact]
    public void A_dpf_transfer_before_the_decision_took_effect_is_flagged_like_any_adequacy_not_yet_in_force()
    {
        using var fixture = RegisterFixture.Create("reg053-dpf-not-certified");

        var before = RegisterValidation.Run(fixture.Root, new ValidationOptions { Today = new LocalDate(2023, 7, 9) });
        var after = RegisterValidation.Run(fixture.Root, new ValidationOptions { Today = new LocalDate(2023, 7, 10) });

        Assert.Contains(before.Diagnostics, d => d.Code == "REG051" && d.Message.Contains("Data Privacy Framework", StringComparison.Ordinal));
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "REG051");
    }

    private static Func<RegisterModel, RegisterModel> ToUnitedStates(TransferMechanism mechanism, bool certified) => r =>
        ExampleNotices.Activity(
            r with { Recipients = [.. r.Recipients.Select(x => x.Id == "it-support-india" ? x with { Country = "US", DpfCertified = certified } : x)] },
            "debt-collection",
            a => a with { Transfers = [.. a.Transfers.Select(t => t with { Country = "US", Mechanism = mechanism })] });

    private static TransferView Transfer(NoticeView view, string activityId) =>
        Assert.Single(view.Sections.SelectMany(s => s.Activities).First(a => a.Id == activityId).Transfers);
}
