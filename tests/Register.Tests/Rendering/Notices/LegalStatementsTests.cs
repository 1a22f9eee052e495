using System.Text;
using Register.Tests.Pipeline;

namespace Register.Tests.Rendering.Notices;

/// <summary>
/// The legal statements of the example's notices (issue 10, item 3): the objection paragraph (Art. 21(4)) lists only
/// 6(1)(e)/(f) purposes and says what happens and whom to contact; the rights name only grounds that apply; the complaint
/// section states the Art. 77(1) right in the member state of residence, work or infringement.
/// </summary>
public sealed class LegalStatementsTests
{
    [Fact]
    public void The_objection_paragraph_lists_legitimate_interest_purposes_but_never_a_legal_obligation_purpose()
    {
        var objection = Section(Notice("privacy-debtors", "nl"), "## Uw recht van bezwaar");

        // Sanctions screening has a 6(1)(c) purpose (the sanctions check) and a 6(1)(f) one (identity of new clients).
        Assert.DoesNotContain("sanctielijsten", objection, StringComparison.Ordinal);
        Assert.DoesNotContain("Financiële administratie", objection, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("onderzoek naar de identiteit van nieuwe opdrachtgevers", objection, StringComparison.Ordinal);
        Assert.Contains("art. 21 lid 1 AVG", objection, StringComparison.Ordinal);
        Assert.Contains("dwingende gerechtvaardigde gronden", objection, StringComparison.Ordinal);
        Assert.Contains("U kunt bezwaar maken bij ons contact voor privacy (privacy@kompas-incasso.example)", objection, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("privacy-debtors", "nl", "art. 21 lid 2", false)]
    [InlineData("privacy-debtors", "de", "Art. 21 Abs. 2", false)]
    [InlineData("privacy-business", "nl", "art. 21 lid 2", true)]
    [InlineData("privacy-business", "de", "Art. 21 Abs. 2", true)]
    public void Art_21_2_and_3_appear_only_where_there_is_direct_marketing(string output, string language, string article21_2, bool marketing)
    {
        var notice = Notice(output, language);
        var article21_3 = article21_2[..^1] + "3";

        Assert.Equal(marketing, notice.Contains(article21_2, StringComparison.Ordinal));
        Assert.Equal(marketing, notice.Contains(article21_3, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl", "taak van algemeen belang", "direct marketing")]
    [InlineData("de", "öffentlichen Aufgabe", "Direktwerbung")]
    [InlineData("en", "public task", "direct marketing")]
    public void The_rights_of_a_notice_without_public_task_or_direct_marketing_do_not_mention_them(string language, string publicTask, string marketing)
    {
        var heading = language switch { "nl" => "## Uw rechten", "de" => "## Ihre Rechte", _ => "## Your rights" };
        var rights = Section(Notice("privacy-debtors", language), heading);

        Assert.DoesNotContain(publicTask, rights, StringComparison.Ordinal);
        Assert.DoesNotContain(marketing, rights, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "toestemming intrekt")]
    [InlineData("de", "Einwilligung widerrufen")]
    [InlineData("en", "withdraw your consent")]
    public void The_consent_erasure_ground_appears_only_in_a_notice_with_consent(string language, string ground)
    {
        // The debtors notice has consent (sharing with a debt adviser); the applicants notice too; neither rests
        // on consent in every activity, but the business-contacts notice covers clients and suppliers without it.
        Assert.Contains(ground, Notice("privacy-debtors", language), StringComparison.Ordinal);
        var clients = Notice("privacy-business", language);
        Assert.Equal(clients.Contains("Nieuwsbrief", StringComparison.Ordinal) || HasConsent(clients, language), clients.Contains(ground, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl", "in de lidstaat waar u gewoonlijk verblijft, waar u werkt of waar de vermeende inbreuk plaatsvond", "De toezichthouder voor Kompas Incasso is:")]
    [InlineData("de", "Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes", "Für Kompas Incasso zuständig ist:")]
    [InlineData("en", "member state of your habitual residence, your place of work or the place of the alleged infringement", "The supervisory authority for Kompas Incasso is:")]
    public void The_complaint_section_states_the_article_77_1_right_and_names_the_lead_authority(string language, string right, string lead)
    {
        var notice = Notice("privacy-debtors", language);

        Assert.Contains(right, notice, StringComparison.Ordinal);
        Assert.Contains(lead, notice, StringComparison.Ordinal);
    }

    private static bool HasConsent(string notice, string language) => language switch
    {
        "nl" => notice.Contains("toestemming (art. 6 lid 1 sub a", StringComparison.Ordinal),
        "de" => notice.Contains("Einwilligung (Art. 6 Abs. 1 lit. a", StringComparison.Ordinal),
        _ => notice.Contains("consent (Art. 6(1)(a)", StringComparison.Ordinal),
    };

    private static string Notice(string output, string language) =>
        Encoding.UTF8.GetString(RenderedExample.Render().Files.Single(f => f.Path == $"notices/{output}.{language}.md").Content);

    private static string Section(string notice, string heading)
    {
        var start = notice.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section '{heading}'.");
        var end = notice.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? notice[start..] : notice[start..end];
    }
}
