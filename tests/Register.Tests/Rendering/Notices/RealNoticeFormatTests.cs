namespace Register.Tests.Rendering.Notices;

/// <summary>
/// What real notices say, written without inventing (issue 10 item 2): each case of Cases/ built into its notice and
/// read in Dutch and German (and English where it costs nothing).
/// </summary>
public sealed class RealNoticeFormatTests
{
    [Theory]
    [InlineData("nl", "_Versie van januari 2021_")]
    [InlineData("de", "_Stand: Januar 2021_")]
    [InlineData("en", "_Version of January 2021_")]
    public void A_version_date_given_as_a_month_is_shown_as_the_month(string language, string expected)
    {
        var built = NoticeCase.Build("month-version-date");

        Assert.Contains(expected, built.Markdown(language), StringComparison.Ordinal);
        Assert.Contains("\"versionDateIso\": \"2021-01\"", built.File($"notices/privacy-customers.{language}.json"), StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2021-01\">", built.File($"site/index.{language}.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "- Uit onze eigen bestanden en ons eigen onderzoek", "- Ons eigen onderzoek naar uw betaalgedrag")]
    [InlineData("de", "- Aus unseren eigenen Datenbeständen und eigenen Recherchen", "- Unsere eigene Auswertung Ihres Zahlungsverhaltens")]
    [InlineData("en", "- From our own records and our own research", "- Our own analysis of your payment history")]
    public void An_internal_source_is_named_as_the_organisations_own_records(string language, string unnamed, string named)
    {
        var notice = NoticeCase.Markdown("internal-source", language);

        Assert.Contains(unnamed, notice, StringComparison.Ordinal);
        Assert.Contains(named, notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Afgesloten archiefruimte")]
    [InlineData("de", "Verschlossener Archivraum")]
    public void A_physical_measure_is_listed_with_the_other_measures_in_the_notice_and_the_record(string language, string name)
    {
        var built = NoticeCase.Build("physical-measure");

        Assert.Contains($"- **{name}**", built.Markdown(language), StringComparison.Ordinal);
        Assert.Contains(name, built.File($"records/{language}/art30-controller.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("de")]
    public void A_phone_number_with_an_extension_is_accepted_and_shown_as_written(string language)
    {
        var built = NoticeCase.Build("phone-extension");

        Assert.DoesNotContain(built.Diagnostics, d => d.Code == "REG073");
        Assert.Contains("- +49 2133 2463-0", built.Markdown(language), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "- Stephansplatz 1, 1010 Wenen, Oostenrijk")]
    [InlineData("de", "- Stephansplatz 1, 1010 Wien, Österreich")]
    [InlineData("en", "- Stephansplatz 1, 1010 Vienna, Austria")]
    public void A_place_name_given_per_language_is_used_where_it_differs(string language, string expected)
    {
        var built = NoticeCase.Build("place-names");

        Assert.Contains(expected, built.Markdown(language), StringComparison.Ordinal);
        Assert.DoesNotContain(built.Diagnostics, d => d.Code == "REG033");
    }

    [Theory]
    [InlineData("nl", "- [info@example.de](mailto:info@example.de)", "- Privacyteam")]
    [InlineData("de", "- [info@example.de](mailto:info@example.de)", "- Datenschutzteam")]
    public void Contact_details_without_a_postal_address_show_the_organisations_email_phone_and_names_per_language(string language, string email, string privacyName)
    {
        var built = NoticeCase.Build("contact-without-address");
        var notice = built.Markdown(language);
        var start = notice.IndexOf("\n- Voorbeeld Inkasso GmbH\n", StringComparison.Ordinal);
        var controller = notice[start..notice.IndexOf("\n## ", start, StringComparison.Ordinal)];

        Assert.Contains(email, controller, StringComparison.Ordinal);
        Assert.Contains("- +49 2133 2463-0", controller, StringComparison.Ordinal);
        Assert.Contains(privacyName, controller, StringComparison.Ordinal);
        Assert.Contains("- Anna Schmidt", controller, StringComparison.Ordinal);
        Assert.DoesNotContain(built.Diagnostics, d => d.Severity == global::Register.Diagnostics.Severity.Error);
    }

    [Theory]
    [InlineData("nl", "Privacyteam", "Datenschutzteam")]
    [InlineData("de", "Datenschutzteam", "Privacyteam")]
    public void The_Art_30_record_names_contacts_in_its_own_language(string language, string privacyName, string otherName)
    {
        var record = NoticeCase.Build("contact-without-address").File($"records/{language}/art30-controller.md");

        Assert.Contains(privacyName, record, StringComparison.Ordinal);
        Assert.DoesNotContain(otherName, record, StringComparison.Ordinal);
    }
}
