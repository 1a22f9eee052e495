using Register.Diagnostics;

namespace Register.Tests.Rendering.Notices;

/// <summary>
/// What real notices say, written without inventing (issue 10 items 2 and 5), second part: free-text sections, contact
/// titles and the DPO's gender, each case of Cases/ built into its notice and read in Dutch and German.
/// </summary>
public sealed class NoticeContentTests
{
    [Theory]
    [InlineData("nl", "## Hoe wij deze verklaring bijwerken\n\nWij passen deze verklaring aan als onze verwerkingen veranderen.", "## Uw bestellingen\n")]
    [InlineData("de", "## Wie wir diese Hinweise aktualisieren\n\nWir passen diese Hinweise an, wenn sich unsere Verarbeitungen ändern.", "## Ihre Bestellungen\n")]
    [InlineData("en", "## How we update this notice\n\nWe update this notice when our processing changes.", "## Your orders\n")]
    public void A_section_of_free_text_is_its_heading_and_text_and_a_section_of_one_activity_has_one_heading(string language, string freeText, string activitySection)
    {
        var built = NoticeCase.Build("free-text-section");
        var notice = built.Markdown(language);

        Assert.Contains(freeText, notice, StringComparison.Ordinal);
        Assert.DoesNotContain(built.Diagnostics, d => d.Code is "REG096" or "REG106");
        // The section of one activity has the activity's part under its own heading: no "### Bestellungen" beneath it.
        var start = notice.IndexOf(activitySection, StringComparison.Ordinal);
        var part = notice[start..notice.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        Assert.DoesNotMatch(@"(?m)^### (Bestellungen|Orders)$", part);
        Assert.Contains("\n### ", part, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_without_activities_or_text_is_still_refused()
    {
        // The free-text section is the last one: without its intro it lists nothing and says nothing.
        var diagnostics = Validate("free-text-section", notices => notices[..notices.LastIndexOf("        intro:", StringComparison.Ordinal)]);

        Assert.Contains(diagnostics, d => d.Code == "REG096" && d.Message.Contains("'updates'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl", "**Functionaris voor gegevensbescherming**\n\n- Anna Schmidt\n", "- Jan Jansen, privacycoördinator", "bij onze functionaris voor gegevensbescherming (dsb@example.de)")]
    [InlineData("de", "**Datenschutzbeauftragte**\n\n- Anna Schmidt\n", "- Jan Jansen, Datenschutzkoordinator", "bei unserer Datenschutzbeauftragten (dsb@example.de)")]
    [InlineData("en", "**Data protection officer**\n\n- Anna Schmidt\n", "- Jan Jansen, privacy coordinator", "from our data protection officer (dsb@example.de)")]
    public void The_dpo_is_titled_by_the_gender_the_register_gives_and_a_contact_shows_its_job_title(string language, string dpo, string privacy, string copyFrom)
    {
        var notice = NoticeCase.Markdown("dpo-title", language);

        Assert.Contains(dpo, notice, StringComparison.Ordinal);
        Assert.Contains(privacy, notice, StringComparison.Ordinal);
        Assert.Contains(copyFrom, notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Datenschutzbeauftragter", language == "de" ? notice : "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "- Contactformulier: <https://www.example.de/kontakt>", "**Functionaris voor gegevensbescherming**\n\n- Anna Schmidt\n")]
    [InlineData("de", "- Kontaktformular: <https://www.example.de/kontakt>", "**Datenschutzbeauftragte**\n\n- Anna Schmidt\n")]
    public void The_controller_section_shows_the_contact_form_and_the_dpo_under_its_job_title(string language, string form, string dpo)
    {
        var notice = NoticeCase.Markdown("contact-without-address", language);

        Assert.Contains(form, notice, StringComparison.Ordinal);
        // Without a gender the DPO's job title in the reader's language is the heading, and is not repeated under it.
        Assert.Contains(dpo, notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Stuur uw verzoek aan:\n\n- Loket privacyverzoeken\n- [verzoeken@example.nl](mailto:verzoeken@example.nl)", "U kunt bezwaar maken bij onze afdeling Bezwaar (bezwaar@example.nl).")]
    [InlineData("de", "Senden Sie Ihren Antrag an:\n\n- Stelle für Datenschutzanfragen\n- [verzoeken@example.nl](mailto:verzoeken@example.nl)", "Ihren Widerspruch richten Sie an unsere Widerspruchsstelle (bezwaar@example.nl).")]
    [InlineData("en", "Send your request to:\n\n- Privacy requests desk\n- [verzoeken@example.nl](mailto:verzoeken@example.nl)", "our objections desk (bezwaar@example.nl)")]
    public void Contact_points_for_objections_and_requests_are_named_in_the_sections_they_serve(string language, string requests, string objection)
    {
        var notice = NoticeCase.Markdown("contact-points", language);

        Assert.Contains(requests, Part(notice, "exercise"), StringComparison.Ordinal);
        Assert.Contains(objection, Part(notice, "objection"), StringComparison.Ordinal);
        Assert.DoesNotContain("privacy@example.nl", Part(notice, "objection"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "zijn wij samen met de volgende onderneming verantwoordelijk (gezamenlijke verwerkingsverantwoordelijken, art. 26 lid 1 AVG):\n\n- Voorbeeld Inkasso GmbH, Privacyteam\n- Graf-Adolf-Straße 41, 40210 Düsseldorf, Duitsland", "Wij en Voorbeeld Inkasso GmbH bepalen samen")]
    [InlineData("de", "sind wir gemeinsam mit dem folgenden Unternehmen verantwortlich (gemeinsam Verantwortliche, Art. 26 Abs. 1 DSGVO):\n\n- Voorbeeld Inkasso GmbH, Datenschutzteam\n- Graf-Adolf-Straße 41, 40210 Düsseldorf, Deutschland", "Wir und die Voorbeeld Inkasso GmbH legen gemeinsam fest")]
    public void A_group_company_sharing_the_controllership_is_named_in_the_controller_section_with_the_arrangement(string language, string named, string arrangement)
    {
        var controller = Part(NoticeCase.Markdown("joint-group", language), "controller");

        Assert.Contains(named, controller, StringComparison.Ordinal);
        Assert.Contains(arrangement, controller, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "- Om u onze nieuwsbrief te sturen: toestemming (art. 6 lid 1 sub a AVG), als u nog geen klant bent; of gerechtvaardigd belang (art. 6 lid 1 sub f AVG), als u al klant bent en wij u mailen over vergelijkbare diensten\n  - Ons gerechtvaardigd belang: ons belang bij het informeren van klanten over vergelijkbare diensten", "om u onze nieuwsbrief te sturen")]
    [InlineData("de", "- Um Ihnen unseren Newsletter zu senden: Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), wenn Sie noch nicht Kunde sind; oder berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO), wenn Sie bereits Kunde sind und wir Ihnen zu ähnlichen Dienstleistungen schreiben\n  - Unser berechtigtes Interesse: unser Interesse, Kunden über ähnliche Dienstleistungen zu informieren", "um Ihnen unseren Newsletter zu senden")]
    public void A_purpose_with_alternative_bases_names_each_with_when_it_applies_and_carries_the_rights_of_both(string language, string purpose, string objectable)
    {
        var notice = NoticeCase.Markdown("alternative-bases", language);

        Assert.Contains(purpose, notice, StringComparison.Ordinal);
        // Consent: the withdrawal section; legitimate interest: the objection paragraph lists the purpose.
        Assert.Contains(language == "nl" ? "Klik op 'afmelden'" : "Klicken Sie unten", Part(notice, "withdrawal"), StringComparison.Ordinal);
        Assert.Contains(objectable, Part(notice, "objection"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl",
        "| [Bestellingen](#orders) | Hoogstens drie jaar na uw laatste bestelling, of tot u bezwaar maakt of u twee jaar niet actief bent geweest, als dat eerder is. Na afloop daarvan bewaren wij de gegevens nog vijf jaar om ons te kunnen verdedigen tegen rechtsvorderingen (gerechtvaardigd belang, art. 6 lid 1 sub f AVG), daarna worden de gegevens verwijderd. |",
        "| [Bestellingen](#orders): om u onze nieuwsbrief te sturen | Tot u uw toestemming intrekt of u zich afmeldt, daarna worden de gegevens verwijderd. |",
        "| [Bestellingen](#orders): betalingsgeschiedenis | Zeven jaar na het einde van het boekjaar, daarna worden de gegevens verwijderd. |")]
    [InlineData("de",
        "| [Bestellungen](#orders) | Höchstens drei Jahre nach Ihrer letzten Bestellung oder bis Sie widersprechen oder Sie zwei Jahre lang nicht aktiv waren, falls das früher eintritt. Nach Ablauf dieser Frist speichern wir die Daten noch fünf Jahre, um uns gegen Rechtsansprüche verteidigen zu können (berechtigte Interessen, Art. 6 Abs. 1 lit. f DSGVO); danach werden die Daten gelöscht. |",
        "| [Bestellungen](#orders): um Ihnen unseren Newsletter zu senden | Bis Sie Ihre Einwilligung widerrufen oder Sie sich abmelden; danach werden die Daten gelöscht. |",
        "| [Bestellungen](#orders): Zahlungshistorie | Sieben Jahre nach dem Ende des Geschäftsjahres; danach werden die Daten gelöscht. |")]
    public void Retention_per_activity_purpose_and_category_at_most_ending_at_the_first_event_and_kept_after_on_a_basis(string language, string activity, string purpose, string category)
    {
        var retention = Part(NoticeCase.Markdown("retention-rules", language), "retention");

        Assert.Contains(activity, retention, StringComparison.Ordinal);
        Assert.Contains(purpose, retention, StringComparison.Ordinal);
        Assert.Contains(category, retention, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Dat geldt voor deze doeleinden: om ons te kunnen verdedigen tegen rechtsvorderingen.", "Hetzelfde geldt als u bezwaar maakt")]
    [InlineData("de", "Dies betrifft folgende Zwecke: um uns gegen Rechtsansprüche verteidigen zu können.", "Ebenso, wenn Sie Widerspruch einlegen")]
    [InlineData("en", "This concerns these purposes: to be able to defend ourselves against legal claims.", "The same applies when you object")]
    public void Data_kept_after_a_purpose_on_legitimate_interests_can_be_objected_to(string language, string listed, string erasureGround)
    {
        // The case's purposes rest on a contract and on consent; only the data kept afterwards rest on 6(1)(f).
        var notice = NoticeCase.Markdown("retention-rules", language);
        var objection = Part(notice, "objection");

        Assert.Contains(listed, objection, StringComparison.Ordinal);
        Assert.Contains("21", objection, StringComparison.Ordinal);
        Assert.Contains(erasureGround, notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "U bent op grond van een overeenkomst verplicht deze gegevens te verstrekken. Zonder deze gegevens kunnen wij niet leveren. U bent wettelijk verplicht uw btw-identificatienummer te verstrekken. Zonder dat nummer mogen wij u geen factuur zonder btw sturen.")]
    [InlineData("de", "Sie sind vertraglich verpflichtet, diese Daten bereitzustellen. Ohne diese Daten können wir nicht liefern. Sie sind gesetzlich verpflichtet, Ihre Umsatzsteuer-Identifikationsnummer bereitzustellen. Ohne diese Nummer dürfen wir Ihnen keine Rechnung ohne Umsatzsteuer stellen.")]
    public void Provision_requirements_that_combine_each_say_their_consequence(string language, string provision)
    {
        var built = NoticeCase.Build("combined-provision");

        Assert.Contains(provision, built.Markdown(language), StringComparison.Ordinal);
        Assert.DoesNotContain(built.Diagnostics, d => d.Code is "REG058" or "REG059");
    }

    [Theory]
    [InlineData("nl", "Woont of werkt u in Noordrijn-Westfalen, dan kunt u bijvoorbeeld ook een klacht indienen bij:\n\n- Commissaris voor gegevensbescherming en vrijheid van informatie van Noordrijn-Westfalen (LDI NRW)\n- Kavalleriestraße 2-4, 40213 Düsseldorf, Duitsland")]
    [InlineData("de", "Wenn Sie in Nordrhein-Westfalen wohnen oder arbeiten, können Sie sich zum Beispiel auch an diese Aufsichtsbehörde wenden:\n\n- Die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW)\n- Kavalleriestraße 2-4, 40213 Düsseldorf, Deutschland")]
    public void A_notice_for_readers_in_germany_names_the_land_authority_the_register_gives_after_the_lead_authority(string language, string local)
    {
        var complaint = Part(NoticeCase.Markdown("local-authority", language), "complaint");

        Assert.Contains(local, complaint, StringComparison.Ordinal);
        Assert.True(complaint.IndexOf("Autoriteit Persoonsgegevens", StringComparison.Ordinal) < complaint.IndexOf("LDI NRW", StringComparison.Ordinal), "The lead authority comes first.");
    }

    [Theory]
    [InlineData("de", "de-sl", "Wenn Sie im Saarland wohnen oder arbeiten, können Sie sich zum Beispiel auch an diese Aufsichtsbehörde wenden:")]
    [InlineData("nl", "de-sl", "Woont of werkt u in het Saarland, dan kunt u bijvoorbeeld ook een klacht indienen bij:")]
    [InlineData("de", "nl-ap", "Wenn Sie in den Niederlanden wohnen oder arbeiten, können Sie sich zum Beispiel auch an diese Aufsichtsbehörde wenden:")]
    [InlineData("en", "nl-ap", "If you live or work in the Netherlands, you can, for example, also complain to:")]
    [InlineData("de", "de-by-lda", "Wenn Sie in Bayern wohnen oder arbeiten, können Sie sich zum Beispiel auch an diese Aufsichtsbehörde wenden:")]
    // The BfDI is competent for federal bodies and postal and telecommunications services, not for people living somewhere.
    [InlineData("de", "de-bfdi", "Sie können sich zum Beispiel auch an diese Aufsichtsbehörde wenden:\n\n- Die Bundesbeauftragte")]
    [InlineData("de", "{name: {nl: Zwitserse toezichthouder, de: Eidgenössischer Datenschutzbeauftragter, en: Swiss supervisor}, address: {street: Feldeggweg 1, postal_code: '3003', city: Bern, country: CH}}",
        "Wenn Sie in der Schweiz wohnen oder arbeiten, können Sie sich zum Beispiel auch an diese Aufsichtsbehörde wenden:")]
    [InlineData("nl", "{name: {nl: Zwitserse toezichthouder, de: Eidgenössischer Datenschutzbeauftragter, en: Swiss supervisor}, address: {street: Feldeggweg 1, postal_code: '3003', city: Bern, country: CH}}",
        "Woont of werkt u in Zwitserland, dan kunt u bijvoorbeeld ook een klacht indienen bij:")]
    public void The_place_a_local_authority_serves_reads_as_the_language_says_it(string language, string authority, string said)
    {
        var built = NoticeCase.Build("local-authority", notices => notices.Replace("local_authorities: [de-nw]", $"local_authorities: [{authority}]", StringComparison.Ordinal));

        Assert.Contains(said, Part(built.Markdown(language), "complaint"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_authority_that_is_not_built_in_is_refused_at_its_id()
    {
        var diagnostics = Validate("local-authority", notices => notices.Replace("local_authorities: [de-nw]", "local_authorities: [de-xx]", StringComparison.Ordinal));

        Assert.Contains(diagnostics, d => d.Code == "REG031" && d.At.File.EndsWith("notices.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Provision_statements_must_match_the_basis()
    {
        using var fixture = Validation.RegisterFixture.Create(NoticeCase.Directory, "combined-provision");
        var path = Path.Combine(fixture.Root, "activities", "orders.yaml");
        // Without the invoicing purpose (6(1)(c)) the statutory requirement has no legal obligation behind it.
        var text = File.ReadAllText(path);
        var start = text.IndexOf("  - id: invoicing", StringComparison.Ordinal);
        File.WriteAllText(path, text.Remove(start, text.IndexOf("data_subjects:", StringComparison.Ordinal) - start));

        var diagnostics = global::Register.Validation.RegisterValidation.Run(fixture.Root, new global::Register.Validation.ValidationOptions { Today = new NodaTime.LocalDate(2026, 3, 1) }).Diagnostics;

        var error = Assert.Single(diagnostics, d => d.Code == "REG059");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.DoesNotContain(diagnostics, d => d.Code == "REG058");
    }

    [Theory]
    [InlineData("nl", "## Sociale netwerken\n\nVolgt u een van deze links, dan verlaat u onze website en komt u op een pagina van een andere aanbieder. Daar geldt de privacyverklaring van die aanbieder.\n\n- LinkedIn: <https://www.linkedin.com/company/voorbeeld-incasso>\n  - Een gewone link, zonder knoppen of scripts van LinkedIn op onze website.\n  - Aanbieder: LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Ierland\n  - Privacyverklaring: <https://www.linkedin.com/legal/privacy-policy>\n- De website van onze betaaldienst Mollie: <https://www.mollie.com/>\n  - Aanbieder: Mollie B.V.")]
    [InlineData("de", "## Soziale Netzwerke\n\nWenn Sie einem dieser Links folgen, verlassen Sie unsere Website und gelangen auf eine Seite eines anderen Anbieters. Dort gilt die Datenschutzerklärung dieses Anbieters.\n\n- LinkedIn: <https://www.linkedin.com/company/voorbeeld-incasso>\n  - Ein einfacher Link, ohne Schaltflächen oder Skripte von LinkedIn auf unserer Website.\n  - Anbieter: LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Irland\n  - Datenschutzerklärung: <https://www.linkedin.com/legal/privacy-policy>\n- Die Website unseres Zahlungsdienstes Mollie: <https://www.mollie.com/>\n  - Anbieter: Mollie B.V.")]
    [InlineData("en", "## Social networks\n\nIf you follow one of these links, you leave our website for a page of another provider. That provider's privacy notice applies there.\n\n- LinkedIn: <https://www.linkedin.com/company/voorbeeld-incasso>\n  - A plain link, without LinkedIn's buttons or scripts on our website.\n  - Provider: LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Ireland\n  - Privacy policy: <https://www.linkedin.com/legal/privacy-policy>\n- The website of our payment service Mollie: <https://www.mollie.com/>\n  - Provider: Mollie B.V.")]
    public void Links_to_third_parties_pages_are_an_information_paragraph_with_no_basis_recipients_or_transfers(string language, string section)
    {
        var built = NoticeCase.Build("third-party-pages");
        var notice = built.Markdown(language);

        Assert.Contains(section, notice, StringComparison.Ordinal);
        // Information, not processing: no recipient, transfer, retention row or objection purpose of its own.
        Assert.DoesNotContain("LinkedIn", Part(notice, "recipients"), StringComparison.Ordinal);
        Assert.DoesNotContain("LinkedIn", Part(notice, "retention"), StringComparison.Ordinal);
        Assert.DoesNotContain("Mollie", Part(notice, "retention"), StringComparison.Ordinal);
        Assert.DoesNotContain(built.Diagnostics, d => d.Code is "REG003" or "REG096" or "REG106" or "REG272");
    }

    [Fact]
    public void Links_to_third_parties_pages_are_not_in_the_art30_record()
    {
        var built = NoticeCase.Build("third-party-pages");

        foreach (var language in new[] { "nl", "de", "en" })
        {
            var record = built.File($"records/{language}/art30-controller.md");
            Assert.Contains(language == "en" ? "Orders" : language == "de" ? "Bestellungen" : "Bestellingen", record, StringComparison.Ordinal);
            Assert.DoesNotContain("LinkedIn", record, StringComparison.Ordinal);
            Assert.DoesNotContain("Mollie", record, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("basis: legitimate_interests")]
    [InlineData("recipients: [courier]")]
    [InlineData("transfers: []")]
    public void A_link_to_a_third_party_s_page_with_a_basis_recipients_or_transfers_is_refused_at_the_key(string line)
    {
        var diagnostics = Validate("third-party-pages", notices => notices.Replace("            provider: Mollie B.V.", "            provider: Mollie B.V.\n            " + line, StringComparison.Ordinal));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("REG272", error.Code);
        Assert.EndsWith("notices.yaml", error.At.File, StringComparison.Ordinal);
        Assert.Equal((30, 13), (error.At.Line, error.At.Column));
        Assert.Contains("describe it as an activity", error.Fix, StringComparison.Ordinal);
    }

    // The part of the notice under the heading with this anchor's text, up to the next part: "## …" to "## …".
    private static string Part(string notice, string anchor)
    {
        string[] headings = anchor switch
        {
            "exercise" => ["## Zo gebruikt u uw rechten", "## So nutzen Sie Ihre Rechte", "## How to exercise your rights"],
            "objection" => ["## Uw recht van bezwaar", "## Ihr Widerspruchsrecht", "## Your right to object"],
            "controller" => ["## Wie is verantwoordelijk voor uw gegevens?", "## Wer ist für Ihre Daten verantwortlich?", "## Who is responsible for your data?"],
            "withdrawal" => ["## Toestemming intrekken", "## Widerruf der Einwilligung", "## Withdrawing consent"],
            "retention" => ["## Bewaartermijnen", "## Speicherfristen", "## Retention periods"],
            "complaint" => ["## Klacht indienen", "## Beschwerderecht", "## Lodging a complaint"],
            "recipients" => ["## Ontvangers van uw gegevens", "## Empfänger Ihrer Daten", "## Recipients of your data"],
            _ => throw new ArgumentOutOfRangeException(nameof(anchor)),
        };
        var heading = headings.FirstOrDefault(h => notice.Contains(h + "\n", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"No part '{anchor}' in:\n{notice}");
        var start = notice.IndexOf(heading + "\n", StringComparison.Ordinal);
        var end = notice.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? notice[start..] : notice[start..end];
    }

    private static IReadOnlyList<Diagnostic> Validate(string caseName, Func<string, string> changeNotices)
    {
        using var fixture = Validation.RegisterFixture.Create(NoticeCase.Directory, caseName);
        var path = Path.Combine(fixture.Root, "notices.yaml");
        File.WriteAllText(path, changeNotices(File.ReadAllText(path)));
        return global::Register.Validation.RegisterValidation.Run(fixture.Root, new global::Register.Validation.ValidationOptions { Today = new NodaTime.LocalDate(2026, 3, 1) }).Diagnostics;
    }
}
