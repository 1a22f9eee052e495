using Register.Model;

namespace Register.Workflow.Diff;

/// <summary>Compares two versions of one processing activity, key by key, in the words a legal reviewer uses.</summary>
internal sealed class ActivityComparison(DiffNames words, List<RegisterChange> changes)
{
    public void Compare(ProcessingActivity before, ProcessingActivity after)
    {
        var name = words.Activity(after);
        var subject = "Activity: " + name;
        void Add(ChangeKind kind, string message, string? old = null, string? now = null) =>
            changes.Add(new RegisterChange(kind, subject, message) { Id = after.Id, File = after.File, Before = old, After = now });

        if (before.Id != after.Id || !DiffNames.Same(before.Name, after.Name))
        {
            var old = words.Activity(before);
            if (before.Id == after.Id && DiffNames.SameText(before.Name, after.Name))
            {
                var (was, now) = words.Versions(before.Name, after.Name);
                Add(ChangeKind.ActivityRenamed, $"The name of {name} in the Art. 30 record changed.", was, now);
            }
            else
            {
                Add(ChangeKind.ActivityRenamed, before.Id == after.Id
                    ? $"Activity {old} was renamed to {name}."
                    : $"Activity {old} ({before.Id}) was renamed to {name} ({after.Id}).", old, name);
            }
        }

        if (!DiffNames.Same(before.Description, after.Description))
        {
            var (was, now) = words.Versions(before.Description, after.Description);
            Add(ChangeKind.ActivityDescriptionChanged, $"The description of {name} changed.", was, now);
        }

        if (before.Role != after.Role)
        {
            Add(ChangeKind.ControllerRoleChanged,
                $"The organisation's role in {name} changed from {DiffNames.Choice(before.Role)} to {DiffNames.Choice(after.Role)}.",
                DiffNames.Choice(before.Role), DiffNames.Choice(after.Role));
        }

        ComparePurposes(before, after, name, Add);

        if (before.SpecialCategories?.Condition != after.SpecialCategories?.Condition)
        {
            var old = before.SpecialCategories is { } b ? DiffNames.Choice(b.Condition) : "none";
            var now = after.SpecialCategories is { } a ? DiffNames.Choice(a.Condition) : "none";
            Add(ChangeKind.SpecialCategoriesChanged, $"The Art. 9(2) condition for special-category data in {name} changed from {old} to {now}.", old, now);
        }

        CompareSet(before.DataSubjects, after.DataSubjects, words.DataSubject,
            added => Add(ChangeKind.DataSubjectsAdded, $"{name} now also concerns {added}."),
            removed => Add(ChangeKind.DataSubjectsRemoved, $"{name} no longer concerns {removed}."));
        CompareSet(before.DataCategories.Select(c => c.Category), after.DataCategories.Select(c => c.Category), words.DataCategory,
            added => Add(ChangeKind.DataCategoriesAdded, $"{name} now also processes {added}."),
            removed => Add(ChangeKind.DataCategoriesRemoved, $"{name} no longer processes {removed}."));
        CompareSet(before.Sources.Select(s => DiffNames.Choice(s.Kind)), after.Sources.Select(s => DiffNames.Choice(s.Kind)), s => s,
            added => Add(ChangeKind.SourcesChanged, $"{name} now also obtains data from: {added}."),
            removed => Add(ChangeKind.SourcesChanged, $"{name} no longer obtains data from: {removed}."));
        CompareSet(before.Recipients, after.Recipients, words.Recipient,
            added => Add(ChangeKind.RecipientAdded, $"{name} now shares data with {added}."),
            removed => Add(ChangeKind.RecipientRemoved, $"{name} no longer shares data with {removed}."));
        CompareTransfers(before, after, name, Add);
        CompareRetention(before, after, name, Add);

        var decisionsBefore = before.AutomatedDecisions is { IsNone: false } takenBefore ? takenBefore : null;
        var decisionsAfter = after.AutomatedDecisions is { IsNone: false } takenAfter ? takenAfter : null;
        if (!SameAutomatedDecisions(decisionsBefore, decisionsAfter))
        {
            Add(ChangeKind.AutomatedDecisionsChanged, (decisionsBefore, decisionsAfter) switch
            {
                (null, _) => $"{name} now involves automated decision-making (Art. 22).",
                (_, null) => $"{name} no longer involves automated decision-making.",
                _ => $"The description of automated decision-making in {name} changed.",
            });
        }

        CompareSet(before.SecurityMeasures, after.SecurityMeasures, words.Measure,
            added => Add(ChangeKind.SecurityMeasuresAdded, $"Security measures added to {name}: {added}."),
            removed => Add(ChangeKind.SecurityMeasuresRemoved, $"Security measures removed from {name}: {removed}."));
        CompareSet(before.Audiences, after.Audiences, a => a,
            added => Add(ChangeKind.AudiencesChanged, $"{name} is now also explained to the audience {added}."),
            removed => Add(ChangeKind.AudiencesChanged, $"{name} is no longer explained to the audience {removed}."));
    }

    private void ComparePurposes(ProcessingActivity before, ProcessingActivity after, string name, Action<ChangeKind, string, string?, string?> add)
    {
        var old = before.Purposes.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var purpose in after.Purposes)
        {
            if (!old.Remove(purpose.Id, out var was))
            {
                add(ChangeKind.PurposeAdded,
                    $"New purpose in {name}: \"{words.Text(purpose.Description)}\", based on {Basis(purpose.Basis)}.", null, words.Text(purpose.Description));
                continue;
            }

            if (!DiffNames.Same(was.Description, purpose.Description))
            {
                var (oldText, newText) = words.Versions(was.Description, purpose.Description);
                add(ChangeKind.PurposeTextChanged, $"The text of purpose {purpose.Id} of {name} changed.", oldText, newText);
            }

            if (was.Basis != purpose.Basis)
            {
                add(ChangeKind.LegalBasisChanged,
                    $"The legal basis of purpose \"{words.Text(purpose.Description)}\" of {name} changed from {Basis(was.Basis)} to {Basis(purpose.Basis)}.",
                    DiffNames.Choice(was.Basis), DiffNames.Choice(purpose.Basis));
            }
            else
            {
                CompareDetail(was.LegitimateInterest, purpose.LegitimateInterest, "legitimate interest", purpose, name, add);
                CompareDetail(was.Law, purpose.Law, "law that requires it", purpose, name, add);
                CompareDetail(was.Withdrawal, purpose.Withdrawal, "way to withdraw consent", purpose, name, add);
                CompareDetail(was.AppliesWhen, purpose.AppliesWhen, "condition under which its main basis applies", purpose, name, add);
            }

            CompareAlternatives(was, purpose, name, add);
        }

        foreach (var removed in before.Purposes.Where(p => old.ContainsKey(p.Id)))
        {
            add(ChangeKind.PurposeRemoved, $"Purpose removed from {name}: \"{words.Text(removed.Description)}\".", words.Text(removed.Description), null);
        }
    }

    // Alternatives are matched by their basis (applies_when says "if you are already a customer", so it follows the basis).
    private void CompareAlternatives(Purpose was, Purpose purpose, string name, Action<ChangeKind, string, string?, string?> add)
    {
        var description = words.Text(purpose.Description);
        var old = was.Alternatives.GroupBy(a => a.Basis).ToDictionary(g => g.Key, g => g.First());
        foreach (var alternative in purpose.Alternatives.GroupBy(a => a.Basis).Select(g => g.First()))
        {
            if (!old.Remove(alternative.Basis, out var before))
            {
                add(ChangeKind.LegalBasisChanged,
                    $"Purpose \"{description}\" of {name} can now also rest on {Basis(alternative.Basis)} {words.Text(alternative.AppliesWhen)}.",
                    null, DiffNames.Choice(alternative.Basis));
                continue;
            }

            var what = $"alternative basis {Basis(alternative.Basis)}";
            CompareDetail(before.AppliesWhen, alternative.AppliesWhen, $"condition under which the {what} applies", purpose, name, add);
            CompareDetail(before.LegitimateInterest, alternative.LegitimateInterest, $"legitimate interest of the {what}", purpose, name, add);
            CompareDetail(before.Law, alternative.Law, $"law that requires the {what}", purpose, name, add);
            CompareDetail(before.Withdrawal, alternative.Withdrawal, $"way to withdraw consent under the {what}", purpose, name, add);
        }

        foreach (var removed in old.Values.OrderBy(a => a.Basis))
        {
            add(ChangeKind.LegalBasisChanged,
                $"Purpose \"{description}\" of {name} can no longer rest on {Basis(removed.Basis)} as an alternative.",
                DiffNames.Choice(removed.Basis), null);
        }
    }

    private void CompareDetail(LocalizedText? was, LocalizedText? now, string what, Purpose purpose, string name, Action<ChangeKind, string, string?, string?> add)
    {
        if (!DiffNames.Same(was, now))
        {
            var (before, after) = words.Versions(was, now);
            add(ChangeKind.LegalBasisDetailChanged, $"The {what} for purpose \"{words.Text(purpose.Description)}\" of {name} changed.", before, after);
        }
    }

    private void CompareTransfers(ProcessingActivity before, ProcessingActivity after, string name, Action<ChangeKind, string, string?, string?> add)
    {
        static string Key(Transfer t) => t.Recipient + "|" + t.Country;
        var old = before.Transfers.GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var transfer in after.Transfers)
        {
            var to = $"{words.Recipient(transfer.Recipient)} in {transfer.Country}";
            if (!old.Remove(Key(transfer), out var was))
            {
                add(ChangeKind.TransferAdded, $"New transfer outside the EEA in {name}: to {to}, under {Mechanism(transfer)}.", null, Mechanism(transfer));
            }
            else if (was.Mechanism != transfer.Mechanism || was.Derogation != transfer.Derogation)
            {
                add(ChangeKind.TransferMechanismChanged,
                    $"The transfer mechanism for {to} in {name} changed from {Mechanism(was)} to {Mechanism(transfer)}.", Mechanism(was), Mechanism(transfer));
            }
        }

        foreach (var removed in before.Transfers.Where(t => old.ContainsKey(Key(t))))
        {
            add(ChangeKind.TransferRemoved, $"{name} no longer transfers data to {words.Recipient(removed.Recipient)} in {removed.Country}.", Mechanism(removed), null);
        }
    }

    private void CompareRetention(ProcessingActivity before, ProcessingActivity after, string name, Action<ChangeKind, string, string?, string?> add)
    {
        CompareRule(before.Retention, after.Retention, $"retention of {name}", add);
        var old = before.DataCategories.Where(c => c.Retention is not null).ToDictionary(c => c.Category, c => c.Retention, StringComparer.Ordinal);
        foreach (var category in after.DataCategories)
        {
            old.Remove(category.Category, out var was);
            if (category.Retention is not null || was is not null)
            {
                CompareRule(was, category.Retention, $"retention of {words.DataCategory(category.Category)} in {name}", add);
            }
        }
    }

    private void CompareRule(RetentionRule? was, RetentionRule? now, string what, Action<ChangeKind, string, string?, string?> add)
    {
        var old = Retention(was);
        var current = Retention(now);
        if (old == current)
        {
            return;
        }

        var message = was?.Period?.Text != now?.Period?.Text
            ? $"{Capital(what)} changed from {PeriodOrCriterion(was)} to {PeriodOrCriterion(now)}."
            : $"{Capital(what)} changed from \"{old}\" to \"{current}\".";
        add(ChangeKind.RetentionChanged, message, old, current);
    }

    private string PeriodOrCriterion(RetentionRule? rule) => rule switch
    {
        null => "not stated",
        { Period: { } period } => PeriodText.Describe(period),
        _ => $"\"{words.Text(rule.Criterion)}\"",
    };

    /// <summary>The whole rule in one line, to compare and to show.</summary>
    private string Retention(RetentionRule? rule)
    {
        if (rule is null)
        {
            return "not stated";
        }

        var parts = new List<string>();
        if (rule.Period is { } period)
        {
            parts.Add(PeriodText.Describe(period));
        }

        if (words.Text(rule.RunsFrom) is { Length: > 0 } from)
        {
            parts.Add("from " + from);
        }

        if (rule.Then is { } then)
        {
            parts.Add("then " + DiffNames.Choice(then));
        }

        if (words.Text(rule.ThenNote) is { Length: > 0 } note)
        {
            parts.Add("(" + note + ")");
        }

        if (words.Text(rule.Criterion) is { Length: > 0 } criterion)
        {
            parts.Add(criterion);
        }

        return string.Join(" ", parts);
    }

    private static bool SameAutomatedDecisions(AutomatedDecisionMaking? a, AutomatedDecisionMaking? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.Profiling == b.Profiling && DiffNames.Same(a.Logic, b.Logic) && DiffNames.Same(a.Significance, b.Significance)
              && DiffNames.Same(a.Consequences, b.Consequences);

    private static string Basis(LegalBasis basis) => basis switch
    {
        LegalBasis.Consent => "consent (Art. 6(1)(a))",
        LegalBasis.Contract => "contract (Art. 6(1)(b))",
        LegalBasis.LegalObligation => "legal obligation (Art. 6(1)(c))",
        LegalBasis.VitalInterests => "vital interests (Art. 6(1)(d))",
        LegalBasis.PublicTask => "public task (Art. 6(1)(e))",
        _ => "legitimate interests (Art. 6(1)(f))",
    };

    private static string Mechanism(Transfer transfer) => transfer.Mechanism switch
    {
        TransferMechanism.Adequacy => "an adequacy decision (Art. 45)",
        TransferMechanism.Scc => "standard contractual clauses (Art. 46(2)(c))",
        TransferMechanism.Bcr => "binding corporate rules (Art. 47)",
        TransferMechanism.Dpf => "the EU-US Data Privacy Framework (Art. 45)",
        _ => transfer.Derogation is { } d ? $"a derogation (Art. 49: {DiffNames.Choice(d)})" : "a derogation (Art. 49)",
    };

    private void CompareSet(IEnumerable<string> before, IEnumerable<string> after, Func<string, string> label, Action<string> added, Action<string> removed)
    {
        var old = before.ToHashSet(StringComparer.Ordinal);
        var now = after.ToHashSet(StringComparer.Ordinal);
        var plus = now.Where(x => !old.Contains(x)).Order(StringComparer.Ordinal).Select(label).ToList();
        var minus = old.Where(x => !now.Contains(x)).Order(StringComparer.Ordinal).Select(label).ToList();
        if (plus.Count > 0)
        {
            added(words.List(plus));
        }

        if (minus.Count > 0)
        {
            removed(words.List(minus));
        }
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
