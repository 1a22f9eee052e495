using System.Text;
using Register.Tests.Pipeline;

namespace Register.Tests.Rendering.Notices;

/// <summary>
/// Every rendered notice of the example register, in every language and text format, is free of the forms the legal
/// and language review of 2026-12 found wrong (example-output-review.md, "Language"). Add a form here when a review
/// finds a new one.
/// </summary>
public sealed class KnownWrongFormsTests
{
    private static readonly Dictionary<string, (string Wrong, string Why)[]> WrongForms = new(StringComparer.Ordinal)
    {
        ["nl"] =
        [
            ("Één", "capital of één is Eén"),
            ("Van wie:", "reads as 'from whom'; the data subjects are 'Over wie:'"),
            ("van u zelf", "uzelf is one word"),
            ("Voor ons is dat:", "name the supervisory authority for the organisation"),
            ("gangbaar digitaal formaat", "art. 20 says gestructureerde, gangbare en machineleesbare vorm"),
            ("privacybeleid", "one name for the document: privacyverklaring"),
            ("Uitvoeringswet AVG", "cite the act as UAVG"),
            (" onder b ", "practitioners cite sub b"),
            ("gegevensprivacykader", "the DPF is the EU-VS-kader voor gegevensbescherming"),
            ("Data Privacy Framework", "the DPF has a Dutch name"),
            ("EU-VS Data", "the DPF has a Dutch name"),
            ("Dit geldt voor: ", "the objection paragraph lists purposes, not activities"),
            (" en overheidsinstanties)", "a kind of recipient is no example of itself: overheidsinstanties (rechtbanken en belastingdienst)"),
            ("**Uw rechten** ", "the first layer's label needs its punctuation: Wat zijn uw rechten?"),
            ("Ons gerechtvaardigd belang: Ons", "no capital after a colon before a fragment"),
            ("toezichthouder: De ", "no capital after a colon before a name inside a sentence"),
        ],
        ["de"] =
        [
            ("functionaris", "no Dutch title in German text"),
            ("Datenschutzerklärung beschrieben", "one name for the document, matching its title: Datenschutzhinweise"),
            ("Änderungen dieser Datenschutzerklärung", "one name for the document, matching its title: Datenschutzhinweise"),
            ("folgt der Speicherdauer", "Dutch-shaped: unterliegt derselben Speicherdauer"),
            ("Akte bearbeiten", "Dutch-shaped: Angelegenheit klären"),
            ("Akte online bearbeiten", "Dutch-shaped: Angelegenheit klären"),
            ("Buchst.", "one citation style: lit."),
            ("Widerspruch (Opt-out)", "overstates a preferences link"),
            ("Daten ist Kompas", "a company's name takes its article: ist die Kompas Incasso B.V."),
            (": wir verarbeiten", "a full sentence after a colon starts with a capital"),
            ("EU-US Data Privacy Framework", "the DPF is the Datenschutzrahmen EU-USA"),
            ("Uitvoeringswet AVG", "cite the Dutch act as UAVG"),
            ("Privacyteam", "no Dutch name in German text: Datenschutzteam"),
            (" und Behörden)", "a kind of recipient is no example of itself: Behörden (Gerichte und Finanzbehörden)"),
            ("**Ihre Rechte** ", "the first layer's label needs its punctuation: Welche Rechte haben Sie?"),
            ("beschweren: Die ", "no capital after a colon before a name inside a sentence: die Landesbeauftragte …"),
            ("beschweren: Der ", "no capital after a colon before a name inside a sentence: der Hamburgische Beauftragte …"),
            ("Datenschutzbeauftragter**\n\n- Anne de Vries", "the example's DPO is female: Datenschutzbeauftragte"),
            ("unserem Datenschutzbeauftragten (fg@", "the example's DPO is female: unserer Datenschutzbeauftragten"),
            ("Interesse: Unser ", "no capital after a colon before a fragment that starts with a pronoun: unser Interesse …"),
            ("Interesse: Das ", "no capital after a colon before a fragment that starts with an article: das Interesse …"),
        ],
        ["en"] =
        [
            ("from you yourself", "say from you"),
            ("Ours is:", "name the supervisory authority for the organisation"),
            ("received and paid on", "passed on"),
            ("pay on any payments", "pass on"),
            ("functionaris", "no Dutch title in English text"),
            ("Uitvoeringswet AVG", "cite the Dutch act as UAVG"),
            ("This concerns: ", "the objection paragraph lists purposes, not activities"),
            (" and public authorities)", "a kind of recipient is no example of itself: public authorities (courts and tax authorities)"),
            ("**Your rights** ", "the first layer's label needs its punctuation: What are your rights?"),
            ("Our legitimate interest: Our", "no capital after a colon before a fragment"),
            ("Privacyteam", "no Dutch name in English text"),
        ],
    };

    public static TheoryData<string> Languages() => ["nl", "de", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_rendered_notice_contains_a_known_wrong_form(string language)
    {
        var notices = RenderedExample.Render().Files
            .Where(f => f.Path.StartsWith("notices/", StringComparison.Ordinal)
                && (f.Path.EndsWith($".{language}.md", StringComparison.Ordinal) || f.Path.EndsWith($".{language}.html", StringComparison.Ordinal)))
            .ToList();

        var found = (from file in notices
                     let text = Encoding.UTF8.GetString(file.Content)
                     from form in WrongForms[language]
                     where text.Contains(form.Wrong, StringComparison.Ordinal)
                     select $"{file.Path}: \"{form.Wrong}\" ({form.Why})").ToList();

        Assert.True(notices.Count >= 4, $"Expected the example's notices in '{language}'.");
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void The_scan_would_catch_a_wrong_form()
    {
        var text = "Bewaartermijn: Één jaar.";

        Assert.Contains(WrongForms["nl"], f => text.Contains(f.Wrong, StringComparison.Ordinal));
    }
}
