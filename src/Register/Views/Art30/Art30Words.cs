using NodaTime;
using Register.Model;
using Register.Views.Localization;

namespace Register.Views.Art30;

/// <summary>The shared localization helpers (citations, dates, retention) bound to one language and citation style.</summary>
internal sealed class Art30Words(Art30Phrases phrases, CitationStyle style)
{
    public Art30Phrases Phrases => phrases;

    // A record cites the same few provisions and dates for every activity: each is worded once (a record is built on one thread).
    private readonly Dictionary<ArticleRef, string> _citations = [];
    private readonly Dictionary<LocalDate, string> _dates = [];

    private PhraseBook Book => phrases.Book;

    public string Date(LocalDate date)
    {
        if (!_dates.TryGetValue(date, out var text))
        {
            text = DateWords.Format(date, Book);
            _dates.Add(date, text);
        }

        return text;
    }

    public string Cite(ArticleRef provision)
    {
        if (!_citations.TryGetValue(provision, out var citation))
        {
            citation = Citations.Cite(provision, Book, style);
            _citations.Add(provision, citation);
        }

        return citation;
    }

    /// <summary>
    /// "art. 6 lid 1 sub c AVG (wettelijke verplichting), op grond van art. 52 AWR": the citation, the basis in words and
    /// the law it rests on, outside the brackets because a law's own name often carries brackets.
    /// </summary>
    public string Basis(LegalBasis basis, string? law = null) =>
        $"{Cite(GdprProvisions.Basis(basis))} ({phrases.BasisName(basis)}){(string.IsNullOrEmpty(law) ? "" : $", {phrases.BasedOn} {law}")}";

    public string Article9(Article9Condition condition) => $"{Cite(GdprProvisions.Condition(condition))} ({phrases.ConditionName(condition)})";

    /// <summary>"standaardbepalingen inzake gegevensbescherming (art. 46 lid 2 sub c AVG)"; for a derogation, which one.</summary>
    public string Mechanism(TransferMechanism mechanism, Article49Derogation? derogation)
    {
        var citation = Cite(GdprProvisions.Transfer(mechanism, derogation));
        return derogation is { } d && mechanism == TransferMechanism.Derogation
            ? $"{phrases.MechanismName(mechanism)}: {phrases.DerogationName(d)} ({citation})"
            : $"{phrases.MechanismName(mechanism)} ({citation})";
    }

    public string? Retention(RetentionRule? rule) => rule is null ? null : RetentionWords.Describe(rule, Book, b => Basis(b), t => t.ForRecord(Book.Language));

    public string JoinWords(IReadOnlyList<string> words) => ListWords.And(words, Book);

    public static string Address(PostalAddress? address, string? language = null)
    {
        if (address is null)
        {
            return "";
        }

        var place = PostalPlace.Format(address, language);
        return string.Join(", ", new[] { address.Street, place, address.Country }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>Name, job title, address, e-mail, phone and web page on one line; names and titles in the record's language.</summary>
    public static string Contact(ContactPoint? contact, string? language = null)
    {
        if (contact is null)
        {
            return "";
        }

        return string.Join(", ", new[] { Text(contact.Name, language), Text(contact.JobTitle, language), Address(contact.Address, language), contact.Email, contact.Phone, contact.Url }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    // A text of the register in the record's language; without one, the first language written (diff and tools).
    private static string? Text(LocalizedText? text, string? language) =>
        text is null ? null
        : language is not null ? text.Get(language)
        : text.Invariant ?? text.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value).FirstOrDefault();
}
