using Register.Model;

namespace Register.Tests.Views;

/// <summary>The legal logic of a resolved notice: which rights, objection and withdrawal texts apply, citations, countries, changes.</summary>
public sealed class NoticeViewBuilderTests
{
    [Fact]
    public void The_right_to_object_is_a_separate_paragraph_naming_the_6_1_f_purposes()
    {
        var view = ExampleNotices.View("debtors");

        Assert.NotNull(view.Objection?.General);
        Assert.Contains("art. 6 lid 1 sub f AVG", view.Objection.General, StringComparison.Ordinal);
        Assert.Contains("(art. 21 lid 1 AVG)", view.Objection.General, StringComparison.Ordinal);
        Assert.Contains("innen van de openstaande vordering", view.Objection.General, StringComparison.Ordinal);
        Assert.DoesNotContain("Controle van opdrachtgevers, debiteuren en betalingen aan de hand van sanctielijsten", view.Objection.General, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(view.Rights, r => r.Id == "objection");
    }

    /// <summary>A cookie of half an hour was said as "0 days": the words had no minutes (the validator took PT30M).</summary>
    [Theory]
    [InlineData("nl", "30 minuten")]
    [InlineData("de", "30 Minuten")]
    [InlineData("en", "30 minutes")]
    public void A_cookie_kept_for_minutes_says_its_minutes(string language, string duration)
    {
        var view = ExampleNotices.View("website", language, r => ExampleNotices.Activity(r, "live-chat", a => a with
        {
            Cookies = [.. a.Cookies!.Select(c => c with { Duration = "PT30M" })],
        }));

        var cookie = Assert.Single(view.Cookies!.Cookies, c => c.Name == "chatwerk_conversation");
        Assert.Equal(duration, cookie.Duration);
    }

    [Fact]
    public void Direct_marketing_always_gets_the_objection_to_marketing_sentence()
    {
        var view = ExampleNotices.View("business", "de");
        Assert.Contains("(Art. 21 Abs. 2 DSGVO)", view.Objection?.DirectMarketing, StringComparison.Ordinal);
        Assert.Null(ExampleNotices.View("debtors", "de").Objection?.DirectMarketing);
    }

    [Fact]
    public void Without_6_1_e_or_f_or_marketing_there_is_no_objection_paragraph_and_no_objection_right()
    {
        var view = ExampleNotices.View("applicants", "en", r => r with
        {
            Activities = [.. r.Activities.Select(a => a with { Purposes = [.. a.Purposes.Select(p => p with { Basis = LegalBasis.Contract, DirectMarketing = false })] })],
        });

        Assert.Null(view.Objection);
        Assert.DoesNotContain(view.Rights, r => r.Id == "objection");
        Assert.Contains(view.Rights, r => r.Id == "portability");
    }

    [Fact]
    public void Portability_is_listed_only_where_consent_or_contract_is_the_basis()
    {
        // Explicit consent under Art. 9(2)(a) carries portability too (Art. 20(1)(a)), so it goes as well.
        var view = ExampleNotices.View("debtors", "en", r => r with
        {
            Activities = [.. r.Activities.Select(a => a with { SpecialCategories = null, Purposes = [.. a.Purposes.Select(p => p with { Basis = LegalBasis.LegitimateInterests })] })],
        });

        Assert.DoesNotContain(view.Rights, r => r.Id == "portability");
        Assert.Equal(["access", "rectification", "erasure", "restriction", "objection"], view.Rights.Select(r => r.Id));
    }

    [Fact]
    public void Formal_citation_style_changes_every_basis_citation()
    {
        var view = ExampleNotices.View("debtors", "nl", r => r with { Organisation = r.Organisation with { CitationStyle = CitationStyle.Formal } });
        var purpose = view.Sections.SelectMany(s => s.Activities).First(a => a.Id == "debt-collection").Purposes[0];

        Assert.Equal("artikel 6, eerste lid, aanhef en onder f, AVG", purpose.Citation);
    }

    [Theory]
    [InlineData("nl", "India")]
    [InlineData("de", "Indien")]
    [InlineData("en", "India")]
    public void A_transfer_names_the_country_in_the_readers_language_with_its_ground(string language, string country)
    {
        var transfer = ExampleNotices.View("debtors", language).Sections.SelectMany(s => s.Activities).First(a => a.Id == "debt-collection").Transfers[0];

        Assert.Equal(country, transfer.Country);
        Assert.NotNull(transfer.Safeguards);
        Assert.Contains(language == "de" ? "Art. 46 Abs. 2 lit. c DSGVO" : language == "nl" ? "art. 46 lid 2 sub c AVG" : "Art. 46(2)(c) GDPR", transfer.Ground, StringComparison.Ordinal);
    }

    [Fact]
    public void The_complaint_names_the_built_in_authority_with_its_postal_address()
    {
        var complaint = ExampleNotices.View("website").Complaint;

        Assert.Equal("Autoriteit Persoonsgegevens", complaint.Authority.Name);
        Assert.Equal("Postbus 93374, 2509 AJ Den Haag, Nederland", complaint.Authority.AddressLine);
        Assert.Contains("(art. 77 lid 1 AVG)", complaint.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_history_lists_this_notices_and_all_notice_entries_newest_first_in_the_readers_language()
    {
        var changes = ExampleNotices.Register.Changes;
        var expected = changes.Where(c => c.Notices.Count == 0 || c.Notices.Contains("debtors")).OrderByDescending(c => c.Date).ToList();

        var view = ExampleNotices.View("debtors", "de");

        Assert.NotEmpty(view.Changes);
        Assert.Equal(expected.Select(c => c.Date.ToString("yyyy-MM-dd", null)), view.Changes.Select(c => c.DateIso));
        Assert.Equal(expected[0].Summary["de"], view.Changes[0].Summary);
        Assert.Matches(@"^\d{1,2}\. [A-ZÄÖÜ][a-zä]+ \d{4}$", view.Changes[0].Date);
        Assert.Empty(ExampleNotices.View("debtors", "de", r => r with { Notices = [.. r.Notices.Select(n => n with { ShowChanges = false })] }).Changes);
    }

    [Fact]
    public void Other_language_versions_link_to_their_html_pages()
    {
        var view = ExampleNotices.View("website", "de");

        Assert.Equal(["nl", "en"], view.OtherLanguages.Select(l => l.Language));
        Assert.Equal("privacy-website.en.html", view.OtherLanguages[1].Href);
        Assert.Equal("English", view.OtherLanguages[1].Name);
    }

    [Fact]
    public void Data_from_others_is_marked_indirect_and_public_sources_say_so()
    {
        var activity = ExampleNotices.View("debtors", "en").Sections.SelectMany(s => s.Activities).First(a => a.Id == "debt-collection");

        Assert.True(activity.Indirect);
        Assert.Contains(activity.Sources, s => s.PubliclyAccessible && s.Text.EndsWith("(publicly accessible source)", StringComparison.Ordinal));
        Assert.Contains(activity.Sources, s => !s.PubliclyAccessible);
    }
}
