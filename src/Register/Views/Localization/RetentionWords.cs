using Register.Model;

namespace Register.Views.Localization;

/// <summary>A retention rule in words: the period, the event it runs from, what follows, and any note.</summary>
public static class RetentionWords
{
    /// <summary>
    /// One or more complete sentences, e.g. "Drie jaar na het einde van het jaar …, daarna worden de gegevens verwijderd.";
    /// <paramref name="basis"/> names a basis with its citation, for the data kept after the purpose is met;
    /// <paramref name="say"/> picks the version of the register's texts to use (the Art. 30 record passes its record
    /// wording); by default the text in the phrases' language.
    /// </summary>
    public static string Describe(RetentionRule rule, PhraseBook phrases, Func<LegalBasis, string>? basis = null, Func<LocalizedText, string?>? say = null)
    {
        var language = phrases.Language;
        string? Say(LocalizedText? text) => text is null ? null : say is null ? text.Get(language) : say(text);
        var sentences = new List<string>();
        var then = rule.Then is { } end ? phrases.Get("retention.then." + Naming.ToYamlKey(end.ToString())) : null;
        // Data kept afterwards take the 'then' clause: it is what happens at the very end.
        var kept = rule.KeptAfter is { } extension ? Kept(Say(extension.Reason), extension, phrases, basis ?? (b => Naming.ToYamlKey(b.ToString()))) : null;
        var events = Events(rule, phrases);
        string? retention = null;
        if (rule.Period is { Value: { } period })
        {
            var words = PeriodWords.Format(period, phrases);
            words = rule.AtMost ? phrases.Format("retention.at_most", ("period", words)) : words;
            var runsFrom = Say(rule.RunsFrom);
            retention = string.IsNullOrWhiteSpace(runsFrom)
                ? phrases.Format("retention.from_collection", ("period", words))
                : phrases.Format("retention.from_event", ("period", words), ("event", runsFrom.Trim()));
            retention = events is null ? retention : phrases.Format("retention.first_of", ("retention", retention), ("events", events));
        }
        else if (events is not null)
        {
            retention = phrases.Format("retention.until", ("events", events));
        }

        if (retention is not null)
        {
            sentences.Add(Capitalise(Sentence(retention, kept is null ? then : null, phrases)));
        }

        if (Say(rule.Criterion) is { Length: > 0 } criterion)
        {
            sentences.Add(criterion.Trim());
        }

        if (kept is not null)
        {
            sentences.Add(Capitalise(Sentence(kept, then, phrases)));
        }

        if (Say(rule.ThenNote) is { Length: > 0 } note)
        {
            sentences.Add(note.Trim());
        }

        return string.Join(" ", sentences);
    }

    private static string Sentence(string text, string? then, PhraseBook phrases) =>
        then is null
            ? phrases.Format("retention.sentence", ("retention", text))
            : phrases.Format("retention.sentence_then", ("retention", text), ("then", then));

    // "u uw toestemming intrekt of u zich afmeldt": the events that end the retention first, joined with "or".
    private static string? Events(RetentionRule rule, PhraseBook phrases)
    {
        if (rule.OrUntil.Count == 0)
        {
            return null;
        }

        var inactivity = rule.Inactivity?.Value is { } idle ? PeriodWords.Format(idle, phrases) : "";
        var events = rule.OrUntil.Distinct()
            .Select(e => phrases.Format("retention.event." + Naming.ToYamlKey(e.ToString()), ("period", inactivity)))
            .ToList();
        return ListWords.Or(events, phrases);
    }

    private static string Kept(string? said, RetentionExtension extension, PhraseBook phrases, Func<LegalBasis, string> basis)
    {
        var reason = said?.Trim().TrimEnd('.') ?? "";
        return extension.Period?.Value is { } period
            ? phrases.Format("retention.kept_after", ("period", PeriodWords.Format(period, phrases)), ("reason", reason), ("basis", basis(extension.Basis)))
            : phrases.Format("retention.kept_after_unbounded", ("reason", reason), ("basis", basis(extension.Basis)));
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
