using Register.Model;

namespace Register.Vocabulary;

/// <summary>Consistency of the built-in data beyond what the binder checks: unique ids, every choice covered, references that resolve.</summary>
internal sealed class VocabularyCheck(List<string> problems)
{
    /// <summary>Languages every built-in label must have.</summary>
    public static IReadOnlyList<string> LabelLanguages { get; } = ["nl", "de", "en"];

    private static readonly HashSet<string> VerificationMarks = new(["V", "S", "M"], StringComparer.Ordinal);

    public OrderedDictionary<string, T> ById<T>(string file, IReadOnlyList<T> entries, Func<T, string> id)
        where T : ModelNode
    {
        var byId = new OrderedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byId.TryAdd(id(entry), entry))
            {
                problems.Add($"{entry.At}: duplicate id '{id(entry)}' in {file}.");
            }
        }

        return byId;
    }

    public OrderedDictionary<TChoice, T> ByChoice<TChoice, T>(string file, IReadOnlyList<T> entries, Func<T, string> id)
        where TChoice : struct, Enum
        where T : ModelNode
    {
        var choices = Enum.GetValues<TChoice>().ToDictionary(c => Naming.ToYamlKey(c.ToString()), StringComparer.Ordinal);
        var byChoice = new OrderedDictionary<TChoice, T>();
        foreach (var entry in entries)
        {
            if (!choices.TryGetValue(id(entry), out var choice))
            {
                problems.Add($"{entry.At}: '{id(entry)}' in {file} is not a {typeof(TChoice).Name}.");
            }
            else if (!byChoice.TryAdd(choice, entry))
            {
                problems.Add($"{entry.At}: duplicate id '{id(entry)}' in {file}.");
            }
        }

        foreach (var missing in choices.Where(c => !byChoice.ContainsKey(c.Value)))
        {
            problems.Add($"{file} has no entry for '{missing.Key}'.");
        }

        return byChoice;
    }

    public void Contents(VocabularyContents contents)
    {
        var terms = contents.DataCategories.Values.Concat(contents.DataSubjects.Values).Concat(contents.RecipientCategories.Values);
        foreach (var term in terms)
        {
            Labelled(term.Label, term.At, term.Id);
            Sourced(term.Source, term.Verification, term.At);
        }

        foreach (var term in contents.LegalBases.Values)
        {
            Labelled(term.Label, term.At, term.Article);
            Sourced(term.Source, term.Verification, term.At);
        }

        foreach (var term in contents.Article9Conditions.Values.Concat(contents.Article49Derogations.Values).Concat(contents.TransferMechanisms.Values))
        {
            Labelled(term.Label, term.At, term.Id);
            Sourced(term.Source, term.Verification, term.At);
        }

        RightsUnique(contents.Rights);
        foreach (var country in contents.Countries.Values)
        {
            Labelled(country.Name, country.At, country.Code);
            Sourced(country.Source, country.Verification, country.At);
            Aliases(country.Aliases, contents.Countries, country);
            if (country.IsEu && !country.IsEea)
            {
                problems.Add($"{country.At}: {country.Code} is in the EU, so it is in the EEA too.");
            }
        }

        foreach (var language in contents.Languages.Values)
        {
            Labelled(language.Name, language.At, language.Code);
            Sourced(language.Source, language.Verification, language.At);
        }

        foreach (var decision in contents.AdequacyDecisions)
        {
            Sourced(decision.Source, decision.Verification, decision.At);
            Labelled(decision.Scope, decision.At, decision.Country);
            if (!contents.Countries.ContainsKey(decision.Country) && decision.Name is null)
            {
                problems.Add($"{decision.At}: adequacy decision for '{decision.Country}', which is neither a country nor named.");
            }
        }

        foreach (var authority in contents.Authorities.Values)
        {
            Sourced(authority.Source, authority.Verification, authority.At);
            Labelled(authority.Name, authority.At, authority.Id);
            Labelled(authority.Jurisdiction, authority.At, authority.Id);
            Aliases(authority.Aliases, contents.Authorities, authority);
            if (!contents.Countries.ContainsKey(authority.Country) || !contents.Countries.ContainsKey(authority.Address.Country))
            {
                problems.Add($"{authority.At}: authority '{authority.Id}' names an unknown country.");
            }
        }
    }

    private void RightsUnique(IReadOnlyList<DataSubjectRight> rights)
    {
        foreach (var right in rights)
        {
            Labelled(right.Label, right.At, right.Id);
            Labelled(right.Description, right.At, right.Id);
            foreach (var text in right.Variants.Concat(right.Additions))
            {
                Labelled(text.Text, text.At, right.Id);
                foreach (var unknown in text.When.Where(w => !RightText.Conditions.Contains(w)))
                {
                    problems.Add($"{text.At}: '{unknown}' is not a condition a right's text can name.");
                }
            }
            Sourced(right.Source, right.Verification, right.At);
        }

        foreach (var duplicate in rights.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Last().At}: duplicate right '{duplicate.Key}'.");
        }
    }

    private void Aliases<T>(IReadOnlyList<string> aliases, IReadOnlyDictionary<string, T> byId, T owner)
        where T : ModelNode
    {
        foreach (var alias in aliases.Where(byId.ContainsKey))
        {
            problems.Add($"{owner.At}: alias '{alias}' is already the id of another entry.");
        }
    }

    private void Labelled(LocalizedText text, Register.Diagnostics.SourceLocation at, string what)
    {
        foreach (var language in LabelLanguages.Where(l => string.IsNullOrWhiteSpace(text.Get(l))))
        {
            problems.Add($"{at}: '{what}' has no '{language}' text.");
        }
    }

    // Every built-in entry says where it comes from and how sure that is (issue 10, item 4).
    private void Sourced(string? source, string? mark, Register.Diagnostics.SourceLocation at)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            problems.Add($"{at}: the entry has no source.");
        }

        if (mark is null || !VerificationMarks.Contains(mark))
        {
            problems.Add($"{at}: verification '{mark}' should be V, S or M.");
        }
    }
}
