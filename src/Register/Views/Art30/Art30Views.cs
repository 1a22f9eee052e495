using Register.Model;
using Register.Views.Localization;

namespace Register.Views.Art30;

/// <summary>Builds the Art. 30 records of a register: per language, the controller record and the processor record.</summary>
public static class Art30Views
{
    /// <summary>The controller-record fields in record order (Art. 30(1) plus what the DSK and AP models carry).</summary>
    public static IReadOnlyList<string> ControllerFieldKeys { get; } =
    [
        Art30FieldKey.Reference, Art30FieldKey.Description, Art30FieldKey.Role, Art30FieldKey.JointControllers,
        Art30FieldKey.Purposes, Art30FieldKey.LegalBasis, Art30FieldKey.LegitimateInterests, Art30FieldKey.SpecialCategories,
        Art30FieldKey.DataSubjects, Art30FieldKey.DataCategories, Art30FieldKey.Sources, Art30FieldKey.Recipients,
        Art30FieldKey.Transfers, Art30FieldKey.Retention, Art30FieldKey.Security, Art30FieldKey.Systems,
        Art30FieldKey.AutomatedDecisions, Art30FieldKey.Department, Art30FieldKey.Dpia, Art30FieldKey.Created,
        Art30FieldKey.LastChanged,
    ];

    /// <summary>The processor-record fields in record order (Art. 30(2) plus the same administrative fields).</summary>
    public static IReadOnlyList<string> ProcessorFieldKeys { get; } =
    [
        Art30FieldKey.Reference, Art30FieldKey.Description, Art30FieldKey.Controllers, Art30FieldKey.ProcessingCategories,
        Art30FieldKey.DataSubjects, Art30FieldKey.DataCategories, Art30FieldKey.Recipients, Art30FieldKey.Transfers,
        Art30FieldKey.Retention, Art30FieldKey.Security, Art30FieldKey.Systems, Art30FieldKey.Department,
        Art30FieldKey.Dpia, Art30FieldKey.Created, Art30FieldKey.LastChanged,
    ];

    private static readonly IReadOnlyList<string> ControllerOverview =
    [
        // Purposes are not a column of their own: the legal-basis column names each purpose with its basis.
        Art30FieldKey.LegalBasis, Art30FieldKey.DataSubjects, Art30FieldKey.DataCategories,
        Art30FieldKey.Recipients, Art30FieldKey.Transfers, Art30FieldKey.Retention,
    ];

    private static readonly IReadOnlyList<string> ProcessorOverview =
    [
        Art30FieldKey.Controllers, Art30FieldKey.ProcessingCategories, Art30FieldKey.DataCategories,
        Art30FieldKey.Transfers, Art30FieldKey.Retention,
    ];

    /// <summary>
    /// Every record the register calls for: both kinds in each of its languages that has a phrase book (the processor
    /// record only when there are processor activities). A language without one is reported where the books are loaded.
    /// </summary>
    public static IReadOnlyList<Art30RecordView> BuildAll(ViewInput input, PhraseLibrary phrases) =>
        Planned(input, phrases).Select(r => Build(input, r.Book, r.Kind)).ToList();

    /// <summary>The records <see cref="BuildAll"/> builds, in its order, without building them: each one's phrase book and kind.</summary>
    public static IReadOnlyList<(PhraseBook Book, Art30RecordKind Kind)> Planned(ViewInput input, PhraseLibrary phrases)
    {
        var records = new List<(PhraseBook, Art30RecordKind)>();
        var processors = input.Register.Activities.Any(a => a.Role == ActivityRole.Processor);
        foreach (var language in input.Register.Organisation.Languages)
        {
            if (phrases.For(language) is not { } book)
            {
                continue;
            }

            records.Add((book, Art30RecordKind.Controller));
            if (processors)
            {
                records.Add((book, Art30RecordKind.Processor));
            }
        }

        return records;
    }

    /// <summary>One record in the language of a phrase book.</summary>
    public static Art30RecordView Build(ViewInput input, PhraseBook phrases, Art30RecordKind kind)
    {
        var register = input.Register;
        var organisation = register.Organisation;
        var language = phrases.Language;
        var art30Phrases = new Art30Phrases(phrases);
        var words = new Art30Words(art30Phrases, organisation.CitationStyle);
        var entries = new Art30EntryBuilder(input, language, words);
        var activities = register.Activities
            .Where(a => (a.Role == ActivityRole.Processor) == (kind == Art30RecordKind.Processor))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToList();

        return new Art30RecordView
        {
            Language = language,
            Kind = kind,
            Phrases = art30Phrases,
            Title = kind == Art30RecordKind.Controller ? art30Phrases.ControllerRecordTitle : art30Phrases.ProcessorRecordTitle,
            Article = words.Cite(new ArticleRef(30, kind == Art30RecordKind.Controller ? 1 : 2)),
            OrganisationName = organisation.Name,
            Parties = Parties(organisation, words, kind),
            VersionDate = organisation.VersionDate,
            VersionDateText = DateWords.Format(VersionStamp.Of(organisation), phrases),
            DpoText = organisation.Contacts.Dpo is { } dpo ? Art30Words.Contact(dpo, language) : null,
            Activities = activities.Select(a => entries.Entry(a, kind)).ToList(),
            Transfers = activities.SelectMany(entries.Transfers).ToList(),
            Recipients = activities.SelectMany(entries.Recipients).ToList(),
            FieldKeys = kind == Art30RecordKind.Controller ? ControllerFieldKeys : ProcessorFieldKeys,
            OverviewKeys = kind == Art30RecordKind.Controller ? ControllerOverview : ProcessorOverview,
        };
    }

    private static List<Art30Field> Parties(Organisation organisation, Art30Words words, Art30RecordKind kind)
    {
        var art30Phrases = words.Phrases;
        var name = organisation.TradeName is { Length: > 0 } trade && trade != organisation.Name
            ? $"{organisation.Name} ({trade})"
            : organisation.Name;
        var lines = new List<string> { name };
        if (organisation.Address is { } address)
        {
            lines.Add(Art30Words.Address(address, art30Phrases.Book.Language));
        }

        lines.AddRange(new[] { organisation.Email, organisation.Phone, organisation.ContactForm }.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!));
        if (organisation.RegistrationNumber is { Length: > 0 } number)
        {
            lines.Add(number);
        }

        if (organisation.Website is { Length: > 0 } website)
        {
            lines.Add(website);
        }

        var article = words.Cite(new ArticleRef(30, kind == Art30RecordKind.Controller ? 1 : 2, "a"));
        var parties = new List<Art30Field>
        {
            new("organisation", kind == Art30RecordKind.Controller ? art30Phrases.Controller : art30Phrases.Processor, article, lines),
            new("privacy_contact", art30Phrases.PrivacyContact, null, [Or(Art30Words.Contact(organisation.Contacts.Privacy, art30Phrases.Book.Language), art30Phrases.NotSpecified)]),
            new("dpo", art30Phrases.Dpo, article, [Or(Art30Words.Contact(organisation.Contacts.Dpo, art30Phrases.Book.Language), art30Phrases.None)]),
            new("representative", art30Phrases.Representative, article, [Or(Art30Words.Contact(organisation.Contacts.EuRepresentative, art30Phrases.Book.Language), art30Phrases.None)]),
        };
        return parties;
    }

    private static string Or(string text, string fallback) => text.Length == 0 ? fallback : text;
}
