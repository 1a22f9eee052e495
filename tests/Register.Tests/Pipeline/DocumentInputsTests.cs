using Register.Diagnostics;
using Register.Pipeline;
using Register.Readability;

namespace Register.Tests.Pipeline;

/// <summary>A DPO report's inputs hash changes with everything the report shows that its record's inputs do not cover.</summary>
public sealed class DocumentInputsTests
{
    private static readonly Diagnostic Finding =
        new(Severity.Warning, "REG140", "The notice is hard to read.", new SourceLocation("notices.yaml", 3, 5)) { Fix = "Shorten the sentences." };

    private static readonly NoticeReadability Measured = new("website", "privacy-website", new ReadabilityScore
    {
        Language = "nl",
        Words = 1200,
        Sentences = 80,
        Syllables = 2000,
        AverageSentenceLength = 15,
        AverageSyllablesPerWord = 1.67,
        ReadingMinutes = 6,
        Index = "Flesch–Douma",
        Value = 52.3,
        Band = "fairly difficult",
        LongestSentences = ["A long sentence."],
    });

    private static string Report(string record = "abc", Diagnostic? finding = null, NoticeReadability? readability = null) =>
        DocumentInputs.Report(record, [finding ?? Finding], [readability ?? Measured]);

    [Fact]
    public void The_same_inputs_hash_the_same()
    {
        Assert.Equal(Report(), Report());
        Assert.Matches("^[0-9a-f]{64}$", Report());
    }

    [Fact]
    public void The_record_a_finding_or_a_notice_readability_changes_the_hash()
    {
        var hashes = new[]
        {
            Report(),
            Report(record: "abd"),
            Report(finding: Finding with { Message = "The notice is very hard to read." }),
            Report(finding: Finding with { Fix = "Split the sentences." }),
            Report(finding: Finding with { At = new SourceLocation("notices.yaml", 4, 5) }),
            Report(finding: Finding with { Severity = Severity.Info }),
            Report(readability: Measured with { Score = Measured.Score with { Words = 1201 } }),
            Report(readability: Measured with { Score = Measured.Score with { Value = 52.4 } }),
            Report(readability: Measured with { Score = Measured.Score with { LongestSentences = ["Another sentence."] } }),
            Report(readability: Measured with { NoticeId = "shop" }),
        };

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }
}
