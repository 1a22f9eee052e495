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

    private static IReadOnlyList<Diagnostic> Validate(string caseName, Func<string, string> changeNotices)
    {
        using var fixture = Validation.RegisterFixture.Create(NoticeCase.Directory, caseName);
        var path = Path.Combine(fixture.Root, "notices.yaml");
        File.WriteAllText(path, changeNotices(File.ReadAllText(path)));
        return global::Register.Validation.RegisterValidation.Run(fixture.Root, new global::Register.Validation.ValidationOptions { Today = new NodaTime.LocalDate(2026, 3, 1) }).Diagnostics;
    }
}
