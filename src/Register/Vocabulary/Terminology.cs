using NodaTime;
using Register.Model;

namespace Register.Vocabulary;

/// <summary>The terms a register may use: the built-in vocabulary (embedded data files), optionally merged with an organisation's own vocabulary.yaml.</summary>
public sealed class Terminology
{
    private static readonly Lazy<Terminology> Embedded = new(EmbeddedVocabulary.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IReadOnlyDictionary<string, Country> _countriesByAlias;
    private readonly IReadOnlyDictionary<string, SupervisoryAuthority> _authoritiesByAlias;

    internal Terminology(VocabularyContents contents)
    {
        DataCategories = contents.DataCategories;
        DataSubjects = contents.DataSubjects;
        RecipientCategories = contents.RecipientCategories;
        LegalBases = contents.LegalBases;
        Article9Conditions = contents.Article9Conditions;
        Article49Derogations = contents.Article49Derogations;
        TransferMechanisms = contents.TransferMechanisms;
        Rights = contents.Rights;
        Countries = contents.Countries;
        AdequacyDecisions = contents.AdequacyDecisions;
        Authorities = contents.Authorities;
        Languages = contents.Languages;
        _countriesByAlias = Countries.Values
            .SelectMany(c => c.Aliases.Select(alias => (alias, c)))
            .ToDictionary(p => p.alias, p => p.c, StringComparer.Ordinal);
        _authoritiesByAlias = Authorities.Values
            .SelectMany(a => a.Aliases.Select(alias => (alias, a)))
            .ToDictionary(p => p.alias, p => p.a, StringComparer.Ordinal);
    }

    /// <summary>The label of a legal basis in a language: the one label set every document uses (English where the language has none).</summary>
    public string Label(LegalBasis basis, string language) => InLanguage(LegalBases[basis].Label, language);

    /// <summary>The label of an Art. 9(2) condition in a language.</summary>
    public string Label(Article9Condition condition, string language) => InLanguage(Article9Conditions[condition].Label, language);

    /// <summary>The label of a transfer mechanism in a language.</summary>
    public string Label(TransferMechanism mechanism, string language) => InLanguage(TransferMechanisms[mechanism].Label, language);

    /// <summary>The label of an Art. 49(1) derogation in a language.</summary>
    public string Label(Article49Derogation derogation, string language) => InLanguage(Article49Derogations[derogation].Label, language);

    private static string InLanguage(LocalizedText label, string language) =>
        label.Get(language) is { Length: > 0 } text ? text : label.Get("en") ?? "";

    /// <summary>The built-in vocabulary, loaded once from the embedded data files. A broken file is a bug and throws.</summary>
    public static Terminology BuiltIn => Embedded.Value;

    /// <summary>
    /// <see cref="BuiltIn"/>, read on a thread-pool thread when not yet read: a caller that reads the register meanwhile
    /// (validate) waits for the longer of the two, not their sum, on a machine with a second core.
    /// </summary>
    internal static Task<Terminology> BuiltInInBackground()
    {
        if (Embedded.IsValueCreated)
        {
            return Task.FromResult(Embedded.Value);
        }

        // Nothing of the caller's execution context (WorkProbe's counts) flows into the reading thread.
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(() => Embedded.Value);
        }
    }

    /// <summary>Data categories by id, in file order; <see cref="VocabularyTerm.Special"/> marks Art. 9, <see cref="VocabularyTerm.Criminal"/> Art. 10.</summary>
    public IReadOnlyDictionary<string, VocabularyTerm> DataCategories { get; }

    /// <summary>Categories of data subjects by id, in file order.</summary>
    public IReadOnlyDictionary<string, VocabularyTerm> DataSubjects { get; }

    /// <summary>Categories of recipients by id, in file order.</summary>
    public IReadOnlyDictionary<string, VocabularyTerm> RecipientCategories { get; }

    /// <summary>The Art. 6(1) bases, in article order.</summary>
    public IReadOnlyDictionary<LegalBasis, LegalBasisTerm> LegalBases { get; }

    /// <summary>The Art. 9(2) conditions, in article order.</summary>
    public IReadOnlyDictionary<Article9Condition, ArticleTerm> Article9Conditions { get; }

    /// <summary>The Art. 49(1) derogations, in article order.</summary>
    public IReadOnlyDictionary<Article49Derogation, ArticleTerm> Article49Derogations { get; }

    /// <summary>The Chapter V transfer mechanisms.</summary>
    public IReadOnlyDictionary<TransferMechanism, ArticleTerm> TransferMechanisms { get; }

    /// <summary>The data subject's rights, in article order.</summary>
    public IReadOnlyList<DataSubjectRight> Rights { get; }

    /// <summary>Every ISO 3166-1 country by alpha-2 code, in code order.</summary>
    public IReadOnlyDictionary<string, Country> Countries { get; }

    /// <summary>Adequacy decisions, past and present, several per country where one replaced another.</summary>
    public IReadOnlyList<AdequacyDecision> AdequacyDecisions { get; }

    /// <summary>Supervisory authorities by id.</summary>
    public IReadOnlyDictionary<string, SupervisoryAuthority> Authorities { get; }

    /// <summary>Every ISO 639-1 language by code, in code order.</summary>
    public IReadOnlyDictionary<string, LanguageTerm> Languages { get; }

    /// <summary>
    /// The built-in terms plus an organisation's own (register/vocabulary.yaml). Where an organisation term has the id
    /// of a built-in one, the organisation's wins; the validator reports the clash.
    /// </summary>
    public Terminology With(VocabularyFile organisationTerms)
    {
        ArgumentNullException.ThrowIfNull(organisationTerms);
        var contents = ToContents() with
        {
            DataCategories = Merge(DataCategories, organisationTerms.DataCategories),
            DataSubjects = Merge(DataSubjects, organisationTerms.DataSubjects),
            RecipientCategories = Merge(RecipientCategories, organisationTerms.RecipientCategories),
        };
        return new Terminology(contents);
    }

    /// <summary>The country for an ISO code or an accepted alias (EL for Greece); null when unknown. Case-sensitive.</summary>
    public Country? FindCountry(string code) =>
        Countries.TryGetValue(code, out var country) ? country
        : _countriesByAlias.TryGetValue(code, out var aliased) ? aliased
        : null;

    /// <summary>Whether a country code (or alias) names a member of the European Economic Area.</summary>
    public bool IsEea(string countryCode) => FindCountry(countryCode)?.IsEea ?? false;

    /// <summary>The authority for an id or an accepted alias (de-nrw for de-nw); null when unknown.</summary>
    public SupervisoryAuthority? FindAuthority(string id) =>
        Authorities.TryGetValue(id, out var authority) ? authority
        : _authoritiesByAlias.TryGetValue(id, out var aliased) ? aliased
        : null;

    /// <summary>The adequacy decision in force for a country (code or alias) on a date, or null when there is none.</summary>
    public AdequacyDecision? AdequacyFor(string countryCode, LocalDate on)
    {
        var code = FindCountry(countryCode)?.Code ?? countryCode;
        AdequacyDecision? found = null;
        foreach (var decision in AdequacyDecisions)
        {
            // Where a renewal overlaps its predecessor, the later one speaks for the date.
            if (decision.Country == code && decision.IsInForceOn(on)
                && (found is null || Start(decision) > Start(found)))
            {
                found = decision;
            }
        }

        return found;
    }

    private static LocalDate Start(AdequacyDecision decision) =>
        decision.InForceFrom ?? decision.Adopted ?? LocalDate.MinIsoValue;

    private VocabularyContents ToContents() => new(
        DataCategories, DataSubjects, RecipientCategories, LegalBases, Article9Conditions, Article49Derogations,
        TransferMechanisms, Rights, Countries, AdequacyDecisions, Authorities, Languages);

    private static OrderedDictionary<string, VocabularyTerm> Merge(
        IReadOnlyDictionary<string, VocabularyTerm> builtIn, IReadOnlyList<VocabularyTerm> organisation)
    {
        var merged = new OrderedDictionary<string, VocabularyTerm>(builtIn, StringComparer.Ordinal);
        foreach (var term in organisation)
        {
            merged[term.Id] = term;
        }

        return merged;
    }
}
