using System.Globalization;
using NodaTime;
using Register.Model;

namespace Register.Views.Art30;

/// <summary>Turns dates, periods, citations, addresses and retention rules into words for the record.</summary>
/// <remarks>Kept small and local to the record until the shared localization helpers of the notices land.</remarks>
internal sealed class Art30Wording(Art30Terms terms, CitationStyle style)
{
    public Art30Terms Terms => terms;

    public string Date(LocalDate date) =>
        string.Format(CultureInfo.InvariantCulture, terms.DatePattern, date.Day, terms.MonthNames[date.Month - 1], date.Year);

    /// <summary>An article citation as practitioners (or formal texts) write it in the language, e.g. art. 6 lid 1 sub f AVG.</summary>
    public string Cite(int article, int? paragraph = null, char? point = null)
    {
        var formal = style == CitationStyle.Formal;
        return terms.Language switch
        {
            "nl" when formal => CiteDutchFormal(article, paragraph, point),
            "nl" => $"art. {article}{(paragraph is { } p ? $" lid {p}" : "")}{(point is { } c ? $" sub {c}" : "")} AVG",
            "de" => $"Art. {article}{(paragraph is { } p2 ? $" Abs. {p2}" : "")}{(formal && article == 6 && paragraph == 1 ? " UAbs. 1" : "")}"
                + $"{(point is { } c2 ? $" lit. {c2}" : "")} {(formal ? "DS-GVO" : "DSGVO")}",
            _ => $"{(formal ? "Article" : "Art.")} {article}{(paragraph is { } p3 ? $"({p3})" : "")}{(point is { } c3 ? $"({c3})" : "")} {terms.RegulationAbbreviation}",
        };
    }

    private static string CiteDutchFormal(int article, int? paragraph, char? point)
    {
        string[] ordinals = ["", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde"];
        var text = $"artikel {article}";
        if (paragraph is { } p)
        {
            text += $", {(p < ordinals.Length ? ordinals[p] : p.ToString(CultureInfo.InvariantCulture))} lid";
        }

        return point is { } c ? $"{text}, aanhef en onder {c}, AVG" : $"{text}, AVG";
    }

    /// <summary>"art. 6 lid 1 sub c AVG (wettelijke verplichting; art. 52 AWR)": the citation, the basis in words and the law it rests on.</summary>
    public string Basis(LegalBasis basis, string? law = null) =>
        $"{Cite(6, 1, (char)('a' + (int)basis))} ({terms.Bases[basis]}{(string.IsNullOrEmpty(law) ? "" : "; " + law)})";

    public string Article9(Article9Condition condition) => $"{Cite(9, 2, (char)('a' + (int)condition))} ({terms.Article9[condition]})";

    public string Period(IsoPeriod period)
    {
        if (period.Value is not { } value)
        {
            return period.Text;
        }

        var parts = new List<string>();
        if (value.Years != 0) parts.Add(terms.PeriodYears(value.Years));
        if (value.Months != 0) parts.Add(terms.PeriodMonths(value.Months));
        if (value.Weeks != 0) parts.Add(terms.PeriodWeeks(value.Weeks));
        if (value.Days != 0) parts.Add(terms.PeriodDays(value.Days));
        return parts.Count == 0 ? period.Text : JoinWords(parts);
    }

    /// <summary>"A, B en C".</summary>
    public string JoinWords(IReadOnlyList<string> words) => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => $"{string.Join(", ", words.Take(words.Count - 1))} {terms.ListAnd} {words[^1]}",
    };

    /// <summary>The retention rule as one sentence: period from event, what follows, and the note; or the criterion.</summary>
    public string? Retention(RetentionRule? rule, string language)
    {
        if (rule is null)
        {
            return null;
        }

        var sentences = new List<string>();
        if (rule.Period is { } period)
        {
            var from = rule.RunsFrom?.Get(language) is { Length: > 0 } runsFrom ? $"{terms.After} {runsFrom}" : terms.AfterCollection;
            var then = rule.Then is { } end ? $"; {terms.RetentionEnds[end]}" : "";
            sentences.Add(Capitalise($"{Period(period)} {from}{then}."));
        }

        if (rule.ThenNote?.Get(language) is { Length: > 0 } note)
        {
            sentences.Add(note);
        }

        if (rule.Criterion?.Get(language) is { Length: > 0 } criterion)
        {
            sentences.Add(criterion);
        }

        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    public static string Address(PostalAddress? address)
    {
        if (address is null)
        {
            return "";
        }

        var place = string.Join(" ", new[] { address.PostalCode, address.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return string.Join(", ", new[] { address.Street, place, address.Country }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    public static string Contact(ContactPoint? contact)
    {
        if (contact is null)
        {
            return "";
        }

        return string.Join(", ", new[] { contact.Name, Address(contact.Address), contact.Email, contact.Phone, contact.Url }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    private static string Capitalise(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
