using System.Text;
using Register.Diagnostics;
using Register.Loading;
using Register.Pipeline;
using Register.Tests.Views.Localization;
using Register.Validation;

namespace Register.Tests.Rendering.Notices;

/// <summary>
/// A notice states facts about the processing only as the register gives them (gdpr-reference.md §9): a register that
/// leaves every optional element out gets a notice that claims nothing about those elements.
/// </summary>
public sealed class NoticeClaimsTests
{
    // Phrases that state a fact about the processing; each may appear only when the register says it.
    private static readonly string[] FactPhrases =
    [
        "notice.no_automated_decisions", "notice.automated_profiling", "notice.automated_decisions",
        "notice.security_text", "notice.security_heading", "notice.codes_text", "notice.codes_heading",
        "notice.objection_marketing", "notice.withdrawal_text", "notice.withdrawal_heading",
        "notice.exemption", "notice.special_categories", "notice.criminal_data",
        "notice.dpo", "notice.eu_representative", "notice.joint_controllers", "notice.registration",
        "notice.recipients", "notice.transfers", "notice.provision", "notice.category_retention",
        "provision.statutory", "provision.contractual", "provision.contract_prerequisite", "provision.voluntary",
        "transfer.adequacy", "transfer.dpf", "transfer.scc", "transfer.bcr", "transfer.derogation", "transfer.safeguards_link",
        "retention.then.delete", "retention.then.anonymise", "retention.then.review",
        // Recipients, transfers and sources: named only as the register gives them.
        "notice.summary_recipients", "notice.summary_transfers", "notice.public_source", "notice.onward_transfers",
        "transfer.countries_unspecified", "transfer.no_adequacy", "transfer.adequacy_not_relied_on", "transfer.copy_from",
        "transfer.template_link", "transfer.onward",
        // Bases: the interest, the law, alternatives and the objection they carry.
        "notice.legitimate_interest", "notice.law", "notice.objection_text",
        // Retention beyond the period the register gives: at most, ending early, kept after the purpose ("retention.until"
        // is left out: its literal, "tot"/"bis", is a common word).
        "retention.at_most", "retention.first_of", "retention.event.consent_withdrawn",
        "retention.event.unsubscribed", "retention.event.inactivity", "retention.kept_after", "retention.kept_after_unbounded",
        // 13(2)(e) for some of the data, controllers sharing the notice, other authorities, contact points of their own.
        "provision_data.statutory", "provision_data.contractual", "provision_data.contract_prerequisite", "provision_data.voluntary",
        "notice.joint_controllers_text.one", "notice.joint_controllers_text.other",
        "notice.complaint_local", "notice.complaint_local_unplaced", "notice.contact_form",
        "notice.dpo_title.female", "notice.dpo_title.male",
        // Cookies: a section only for a website activity, "none" only where the register says none.
        "notice.cookies_heading", "notice.cookies_text", "notice.cookies_consent_text", "notice.cookies_necessary_text",
        "notice.cookies_none", "notice.cookie_policy", "notice.cookie_session",
    ];

    public static TheoryData<string> Languages() => ["nl", "de", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_register_silent_on_every_optional_element_gets_a_notice_that_claims_nothing_about_them(string language)
    {
        var notice = Render(Silent, language);
        var phrases = TestPhrases.For(language);

        var claimed = FactPhrases
            .Select(key => (Key: key, Text: Literal(phrases.Get(key))))
            .Where(p => notice.Contains(p.Text, StringComparison.Ordinal))
            .Select(p => $"{p.Key} (\"{p.Text}\")")
            .ToList();

        Assert.True(claimed.Count == 0, $"The {language} notice states what the register does not say:\n  {string.Join("\n  ", claimed)}\n\n{notice}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_website_activity_silent_on_its_cookies_gets_no_cookie_section_and_a_warning(string language)
    {
        var activity = Silent.Replace("audiences: [customers]\n", "website: true\naudiences: [customers]\n", StringComparison.Ordinal);
        var notice = Render(activity, language);
        var phrases = TestPhrases.For(language);

        Assert.DoesNotContain(Literal(phrases.Get("notice.cookies_heading")), notice, StringComparison.Ordinal);
        Assert.DoesNotContain(Literal(phrases.Get("notice.cookies_none")), notice, StringComparison.Ordinal);
        using var folder = Write(activity);
        var warning = Assert.Single(RegisterValidation.Run(folder.Path, Options(folder.Path).Validation).Diagnostics, d => d.Code == Rules.WebsiteCookiesUnstated.Code);
        Assert.Equal((15, 10), (warning.At.Line, warning.At.Column));
        Assert.Contains("cookies: none", warning.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Stating_no_automated_decisions_in_the_register_puts_the_statement_in_the_notice(string language)
    {
        var notice = Render(Silent.Replace("audiences: [customers]\n", "automated_decisions: none\naudiences: [customers]\n", StringComparison.Ordinal), language);

        Assert.Contains(Literal(TestPhrases.For(language).Get("notice.no_automated_decisions")), notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_reports_the_silence_on_automated_decisions_with_the_fix()
    {
        using var folder = Write(Silent);

        var report = RegisterValidation.Run(folder.Path, Options(folder.Path).Validation);

        var warning = Assert.Single(report.Diagnostics, d => d.Code == Rules.AutomatedDecisionsUnstated.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("automated_decisions: none", warning.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
    }

    // The longest run of fixed words in a phrase: what must not show up in the text when the phrase is not used.
    private static string Literal(string phrase) =>
        phrase.Split('{', '}').Where((_, i) => i % 2 == 0).Select(s => s.Trim(' ', ':', '.', ',', '(', ')')).OrderByDescending(s => s.Length).First();

    private static string Render(string activity, string language)
    {
        using var folder = Write(activity);
        var result = BuildPipeline.Render(folder.Path, Options(folder.Path));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d} {d.Message}")));
        var file = Assert.Single(result.Files, f => f.Path == $"notices/privacy-customers.{language}.md");
        return Encoding.UTF8.GetString(file.Content);
    }

    private static BuildOptions Options(string root) => new()
    {
        Validation = new ValidationOptions { Today = new NodaTime.LocalDate(2026, 3, 1), Load = new LoadOptions { DisplayRoot = root } },
    };

    private static TempFolder Write(string activity)
    {
        var folder = new TempFolder();
        folder.Add("organisation.yaml", Organisation);
        folder.Add("recipients.yaml", "recipients: []\n");
        folder.Add("measures.yaml", "measures: []\n");
        folder.Add("changelog.yaml", "changes: []\n");
        folder.Add("notices.yaml", Notices);
        folder.Add("activities/orders.yaml", activity);
        return folder;
    }

    private const string Organisation = """
        name: Voorbeeld B.V.
        address:
          street: Keizersgracht 1
          postal_code: 1015 AA
          city: Amsterdam
          country: NL
        contacts:
          privacy:
            email: privacy@example.nl
        supervisory_authority: nl-ap
        languages: [nl, de, en]
        version_date: 2026-01-15
        audiences:
          - id: customers
            name: {nl: Klanten, de: Kunden, en: Customers}

        """;

    private const string Notices = """
        notices:
          - id: customers
            title: {nl: Privacyverklaring, de: Datenschutzhinweise, en: Privacy notice}
            output: privacy-customers
            show_changes: false
            sections:
              - id: orders
                title: {nl: Bestellingen, de: Bestellungen, en: Orders}
                audiences: [customers]

        """;

    // Only what the format requires: no description, recipients, transfers, measures, provision, automated decisions.
    private const string Silent = """
        id: orders
        name: {nl: Bestellingen, de: Bestellungen, en: Orders}
        purposes:
          - id: delivery
            description: {nl: Om uw bestelling te leveren, de: Um Ihre Bestellung zu liefern, en: To deliver your order}
            basis: contract
        data_subjects: [customers]
        data_categories: [contact-details]
        sources:
          - kind: observed
        retention:
          criterion: {nl: Zolang de bestelling loopt., de: Solange die Bestellung läuft., en: As long as the order runs.}
        created: 2025-06-01
        last_reviewed: 2026-01-10
        audiences: [customers]

        """;

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("register-claims-").FullName;

        public void Add(string relative, string text)
        {
            var target = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
