using Register.Model;

namespace Register.Views.Localization;

/// <summary>A retention rule in words: the period, the event it runs from, what follows, and any note.</summary>
public static class RetentionWords
{
    /// <summary>
    /// One or more complete sentences, e.g. "Drie jaar na het einde van het jaar …, daarna worden de gegevens verwijderd.";
    /// <paramref name="forRecord"/> takes the register's texts in their Art. 30 record version where it has one.
    /// </summary>
    public static string Describe(RetentionRule rule, PhraseBook phrases, bool forRecord = false)
    {
        var language = phrases.Language;
        string? Say(LocalizedText? text) => forRecord ? text?.ForRecord(language) : text?.Get(language);
        var sentences = new List<string>();
        if (rule.Period is { Value: { } period })
        {
            var words = PeriodWords.Format(period, phrases);
            var runsFrom = Say(rule.RunsFrom);
            var retention = string.IsNullOrWhiteSpace(runsFrom)
                ? phrases.Format("retention.from_collection", ("period", words))
                : phrases.Format("retention.from_event", ("period", words), ("event", runsFrom.Trim()));
            var sentence = rule.Then is { } then
                ? phrases.Format("retention.sentence_then", ("retention", retention), ("then", phrases.Get("retention.then." + Naming.ToYamlKey(then.ToString()))))
                : phrases.Format("retention.sentence", ("retention", retention));
            sentences.Add(Capitalise(sentence));
        }

        if (Say(rule.Criterion) is { Length: > 0 } criterion)
        {
            sentences.Add(criterion.Trim());
        }

        if (Say(rule.ThenNote) is { Length: > 0 } note)
        {
            sentences.Add(note.Trim());
        }

        return string.Join(" ", sentences);
    }

    /// <summary>Upper-cases the first letter, culture-independently, so a sentence can start with a phrase.</summary>
    public static string Capitalise(string text)
    {
        // Dutch "één" keeps its accent only on the second e when capitalised: "Eén jaar", never "Één jaar".
        if (text.StartsWith("één", StringComparison.Ordinal))
        {
            return "Eé" + text[2..];
        }

        return text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
