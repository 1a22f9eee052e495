using Register.Model;

namespace Register.Tests.ExampleRegister;

/// <summary>
/// The example register follows the phrasing conventions of docs/register-format.md, so that the notices' sentences
/// read right: noun phrases without a full stop where templates continue the sentence, complete sentences elsewhere.
/// </summary>
public sealed class ExampleRegisterPhrasingTests(ExampleRegisterFixture example) : IClassFixture<ExampleRegisterFixture>
{
    private IEnumerable<RetentionRule> RetentionRules => example.Register.Activities
        .SelectMany(a => a.DataCategories.Select(c => c.Retention).Prepend(a.Retention))
        .OfType<RetentionRule>();

    [Fact]
    public void Runs_from_follows_the_preposition_directly_and_is_dative_with_its_article_in_German()
    {
        var events = RetentionRules.Select(r => r.RunsFrom).OfType<LocalizedText>().ToList();

        Assert.True(events.Count >= 15);
        Assert.All(events, e =>
        {
            Assert.All(e.Values.Values, text =>
            {
                Assert.True(char.IsLower(text[0]), $"'{text}' should start in lower case.");
                Assert.False(text.EndsWith('.'), $"'{text}' should not end with a full stop.");
            });
            Assert.True(e["de"].StartsWith("dem ", StringComparison.Ordinal) || e["de"].StartsWith("der ", StringComparison.Ordinal),
                $"'{e["de"]}' should start with the dative article dem or der.");
        });
    }

    [Fact]
    public void Purposes_and_interests_are_noun_phrases_with_a_capital_and_no_full_stop()
    {
        var phrases = example.Register.Activities.SelectMany(a => a.Purposes)
            .SelectMany(p => new[] { p.Description, p.LegitimateInterest })
            .OfType<LocalizedText>()
            .SelectMany(t => t.Values.Values)
            .ToList();

        Assert.NotEmpty(phrases);
        Assert.All(phrases, text =>
        {
            Assert.True(char.IsUpper(text[0]), $"'{text}' should start with a capital.");
            Assert.False(text.EndsWith('.'), $"'{text}' should not end with a full stop.");
        });
    }

    [Fact]
    public void Explanations_are_complete_sentences()
    {
        var activities = example.Register.Activities;
        var texts = activities.Select(a => a.Description)
            .Concat(activities.Select(a => a.Provision?.Consequences))
            .Concat(activities.SelectMany(a => a.Purposes).Select(p => p.Withdrawal))
            .Concat(activities.Select(a => a.AutomatedDecisions?.Logic))
            .Concat(activities.Select(a => a.AutomatedDecisions?.Significance))
            .Concat(activities.Select(a => a.AutomatedDecisions?.Consequences))
            .Concat(activities.Select(a => a.SpecialCategories?.Explanation))
            .Concat(activities.Select(a => a.Exemption?.Explanation))
            .Concat(activities.SelectMany(a => a.Transfers).Select(t => t.Safeguards))
            .Concat(RetentionRules.Select(r => r.ThenNote))
            .Concat(RetentionRules.Select(r => r.Criterion))
            .Concat(example.Register.Changes.Select(c => c.Summary))
            .OfType<LocalizedText>()
            .SelectMany(t => t.Values.Values)
            .ToList();

        Assert.True(texts.Count > 100);
        Assert.All(texts, text =>
        {
            Assert.True(char.IsUpper(text[0]), $"'{text}' should start with a capital.");
            Assert.True(text.EndsWith('.'), $"'{text}' should end with a full stop.");
        });
    }

    [Fact]
    public void Source_names_fit_in_a_list()
    {
        var names = example.Register.Activities.SelectMany(a => a.Sources)
            .Select(s => s.Name)
            .OfType<LocalizedText>()
            .SelectMany(t => new[] { t["nl"], t["en"] })
            .ToList();

        Assert.NotEmpty(names);
        Assert.All(names, text =>
        {
            Assert.True(char.IsLower(text[0]), $"'{text}' should start in lower case.");
            Assert.False(text.EndsWith('.'), $"'{text}' should not end with a full stop.");
        });
    }
}
