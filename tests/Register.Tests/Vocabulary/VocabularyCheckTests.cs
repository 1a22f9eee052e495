using Register.Model;
using Register.Vocabulary;

namespace Register.Tests.Vocabulary;

/// <summary>The checks that make a broken data file fail loudly at start-up instead of printing wrong notices.</summary>
public sealed class VocabularyCheckTests
{
    private static VocabularyTerm Term(string id) =>
        new() { Id = id, Label = LocalizedText.Of(("nl", id), ("de", id), ("en", id)) };

    [Fact]
    public void A_duplicate_id_is_a_problem_and_the_first_entry_is_kept()
    {
        var problems = new List<string>();
        var first = Term("debtors");

        var byId = new VocabularyCheck(problems).ById("data-subjects.yaml", [first, Term("debtors"), Term("customers")], t => t.Id);

        Assert.Equal(["debtors", "customers"], byId.Keys);
        Assert.Same(first, byId["debtors"]);
        Assert.Contains(problems, p => p.Contains("duplicate id 'debtors'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_choice_without_an_entry_or_an_entry_without_a_choice_is_a_problem()
    {
        var problems = new List<string>();
        ArticleTerm[] terms =
        [
            new() { Id = "adequacy", Article = "45", Label = LocalizedText.Of(("en", "adequacy")), Verification = "V" },
            new() { Id = "adequacy_decision", Article = "45", Label = LocalizedText.Of(("en", "adequacy")), Verification = "V" },
        ];

        var byChoice = new VocabularyCheck(problems).ByChoice<TransferMechanism, ArticleTerm>("transfer-mechanisms.yaml", terms, t => t.Id);

        Assert.Equal([TransferMechanism.Adequacy], byChoice.Keys);
        Assert.Contains(problems, p => p.Contains("'adequacy_decision'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no entry for 'scc'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no entry for 'dpf'", StringComparison.Ordinal));
    }
}
