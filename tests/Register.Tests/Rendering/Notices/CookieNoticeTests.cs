namespace Register.Tests.Rendering.Notices;

/// <summary>
/// Cookies and similar technologies (issue 10 item 2; ePrivacy Directive Art. 5(3), Telecommunicatiewet art. 11.7a,
/// TDDDG § 25): a notice that covers a website activity has a cookie section with a table of exactly the cookies the
/// register lists, the link to the cookie policy when there is one, and says "no cookies" only when every website
/// activity it covers states 'cookies: none'.
/// </summary>
public sealed class CookieNoticeTests
{
    [Theory]
    [InlineData("nl", """
        ## Cookies en vergelijkbare technieken

        Onze website plaatst de volgende cookies en vergelijkbare technieken op uw apparaat of leest ze daar uit. Cookies waarvoor toestemming nodig is, plaatsen wij pas als u daarmee hebt ingestemd. Cookies die strikt noodzakelijk zijn voor een dienst waar u zelf om vraagt, mogen zonder uw toestemming worden geplaatst.

        | Naam | Aanbieder | Doel | Hoe lang | Toestemming nodig? |
        |---|---|---|---|---|
        | basket | Voorbeeld Incasso B.V. | Onthoudt wat in uw winkelmandje zit. | tot u uw browser sluit | Nee, strikt noodzakelijk |
        | _stats_id | Telwerk (webstatistieken) | Telt hoe vaak bezoekers terugkomen. | 13 maanden | Ja |

        Meer over de cookies op onze website leest u in ons cookiebeleid: <https://www.example.nl/cookies>
        """)]
    [InlineData("de", """
        ## Cookies und ähnliche Technologien

        Unsere Website speichert die folgenden Cookies und ähnlichen Technologien auf Ihrem Gerät oder liest sie dort aus. Cookies, für die eine Einwilligung nötig ist, setzen wir erst, wenn Sie eingewilligt haben. Cookies, die für einen von Ihnen ausdrücklich gewünschten Dienst unbedingt erforderlich sind, dürfen ohne Ihre Einwilligung gesetzt werden.

        | Name | Anbieter | Zweck | Speicherdauer | Einwilligung nötig? |
        |---|---|---|---|---|
        | basket | Voorbeeld Incasso B.V. | Speichert den Inhalt Ihres Warenkorbs. | bis Sie Ihren Browser schließen | Nein, unbedingt erforderlich |
        | _stats_id | Telwerk (Webstatistik) | Zählt, wie oft Besucher wiederkommen. | 13 Monate | Ja |

        Mehr über die Cookies auf unserer Website lesen Sie in unserer Cookie-Richtlinie: <https://www.example.nl/cookies>
        """)]
    [InlineData("en", """
        ## Cookies and similar technologies

        Our website stores the following cookies and similar technologies on your device or reads them from it. Cookies that need consent are placed only after you have agreed to them. Cookies that are strictly necessary for a service you ask for may be placed without your consent.

        | Name | Provider | Purpose | How long | Consent needed? |
        |---|---|---|---|---|
        | basket | Voorbeeld Incasso B.V. | Remembers what is in your basket. | until you close your browser | No, strictly necessary |
        | _stats_id | Telwerk (web statistics) | Counts how often visitors return. | 13 months | Yes |

        You can read more about the cookies on our website in our cookie policy: <https://www.example.nl/cookies>
        """)]
    public void A_notice_covering_a_website_activity_has_a_table_of_the_cookies_the_register_lists(string language, string section)
    {
        var built = NoticeCase.Build("cookies");
        var notice = built.Markdown(language);

        Assert.Contains(section.ReplaceLineEndings("\n") + "\n", notice, StringComparison.Ordinal);
        // The contact activity says 'cookies: none', the shop lists two: no statement that none are used.
        Assert.DoesNotContain(language switch { "nl" => "plaatsen wij geen cookies", "de" => "speichern wir keine Cookies", _ => "we store no cookies" }, notice, StringComparison.Ordinal);
        Assert.DoesNotContain(built.Diagnostics, d => d.Code is "REG273" or "REG274" or "REG275" or "REG276" or "REG277" or "REG278");
    }

    [Theory]
    [InlineData("nl", "## Cookies en vergelijkbare technieken\n\nVoor wat in deze verklaring staat, plaatsen wij geen cookies of vergelijkbare technieken op uw apparaat en lezen wij er geen informatie uit.\n\n## ")]
    [InlineData("de", "## Cookies und ähnliche Technologien\n\nFür die in diesen Hinweisen beschriebenen Verarbeitungen speichern wir keine Cookies oder ähnlichen Technologien auf Ihrem Gerät und lesen keine Informationen daraus aus.\n\n## ")]
    [InlineData("en", "## Cookies and similar technologies\n\nFor the processing described in this notice, we store no cookies or similar technologies on your device and read no information from it.\n\n## ")]
    public void No_cookies_is_stated_when_every_website_activity_says_none(string language, string section)
    {
        var notice = NoticeCase.Markdown("cookies-none", language);

        Assert.Contains(section, notice, StringComparison.Ordinal);
        Assert.DoesNotContain("| ", notice[notice.IndexOf(section, StringComparison.Ordinal)..][..section.Length], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("de")]
    [InlineData("en")]
    public void A_notice_without_website_activities_has_no_cookie_section(string language)
    {
        var notice = NoticeCase.Markdown("month-version-date", language);

        Assert.DoesNotContain("cookie", notice, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Cookies_are_in_the_notice_json_and_not_in_the_art30_record()
    {
        var built = NoticeCase.Build("cookies");

        Assert.Contains("\"name\": \"_stats_id\"", built.File("notices/privacy-customers.en.json"), StringComparison.Ordinal);
        foreach (var language in new[] { "nl", "de", "en" })
        {
            var record = built.File($"records/{language}/art30-controller.md");
            Assert.DoesNotContain("_stats_id", record, StringComparison.Ordinal);
            Assert.DoesNotContain("basket", record, StringComparison.Ordinal);
        }
    }
}
