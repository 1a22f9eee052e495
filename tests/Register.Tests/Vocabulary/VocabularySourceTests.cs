using Register.Loading.Yaml;
using Register.Model;
using Register.Vocabulary;

namespace Register.Tests.Vocabulary;

/// <summary>
/// Every built-in entry says where it comes from and how sure that is (issue 10, item 4), and the data is written so
/// that no YAML reader can take a code for a boolean.
/// </summary>
public sealed class VocabularySourceTests
{
    // YAML 1.1 reads these plain scalars as booleans (yaml.org/type/bool.html): Norway's code NO would become false.
    private static readonly HashSet<string> Yaml11Booleans = new(
        ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"],
        StringComparer.Ordinal);

    public static TheoryData<string> Files() => new(EmbeddedVocabulary.Files);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_entry_has_a_source_and_a_verification_mark(string file)
    {
        var entries = Entries(file);

        var unsourced = entries
            .Where(e => Text(e, "source") is null || Text(e, "verification") is not ("V" or "S" or "M"))
            .Select(e => e.At.ToString())
            .ToList();

        Assert.NotEmpty(entries);
        Assert.True(unsourced.Count == 0, $"{file}: entries without source or verification (V, S or M):\n  {string.Join("\n  ", unsourced)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_plain_scalar_is_a_yaml_1_1_boolean_look_alike_except_true_and_false_flags(string file)
    {
        var suspicious = Scalars(EmbeddedVocabulary.ReadTree(file))
            .Where(s => s.IsPlain && Yaml11Booleans.Contains(s.Value) && s.Value is not ("true" or "false"))
            .Select(s => $"{s.At}: {s.Value}")
            .ToList();

        Assert.True(suspicious.Count == 0, $"{file}: quote these values:\n  {string.Join("\n  ", suspicious)}");
    }

    [Fact]
    public void Norway_is_read_as_the_code_NO_and_Norwegian_as_no()
    {
        Assert.Equal("NO", Terminology.BuiltIn.FindCountry("NO")?.Code);
        Assert.True(Terminology.BuiltIn.Languages.ContainsKey("no"));
    }

    [Fact]
    public void A_built_in_entry_without_a_source_is_reported_when_the_vocabulary_is_checked()
    {
        var problems = new List<string>();
        var check = new VocabularyCheck(problems);
        var unsourced = new Country { Code = "XX", Name = LocalizedText.Of(("nl", "X"), ("de", "X"), ("en", "X")), Verification = "S" };
        var contents = Terminology.BuiltIn;

        check.Contents(new VocabularyContents(
            contents.DataCategories, contents.DataSubjects, contents.RecipientCategories, contents.LegalBases, contents.Article9Conditions,
            contents.Article49Derogations, contents.TransferMechanisms, contents.Rights,
            new Dictionary<string, Country> { ["XX"] = unsourced }, [], new Dictionary<string, SupervisoryAuthority>(), contents.Languages));

        Assert.Contains(problems, p => p.Contains("has no source", StringComparison.Ordinal));
    }

    private static IReadOnlyList<YMapping> Entries(string file) =>
        EmbeddedVocabulary.ReadTree(file) is YMapping root && root.Find("entries")?.Value is YSequence list
            ? list.Items.OfType<YMapping>().ToList()
            : [];

    private static string? Text(YMapping entry, string key) =>
        entry.Find(key)?.Value is YScalar { Value.Length: > 0 } scalar ? scalar.Value : null;

    private static IEnumerable<YScalar> Scalars(YNode? node) => node switch
    {
        YScalar scalar => [scalar],
        YMapping mapping => mapping.Entries.SelectMany(e => Scalars(e.Value)),
        YSequence sequence => sequence.Items.SelectMany(Scalars),
        _ => [],
    };
}
