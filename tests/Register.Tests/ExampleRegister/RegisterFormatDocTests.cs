using System.ComponentModel;
using System.Reflection;
using System.Text.RegularExpressions;
using Register.Loading.Binding;
using Register.Model;
using Register.Tests.Approval;

namespace Register.Tests.ExampleRegister;

/// <summary>docs/register-format.md lists every key and choice of the model, and its examples are the example register's own text.</summary>
public sealed partial class RegisterFormatDocTests
{
    // Files whose only key is the list they hold; the doc shows them in the examples instead of a table.
    private static readonly HashSet<Type> Wrappers = [typeof(ChangelogFile), typeof(MeasuresFile), typeof(NoticesFile), typeof(RecipientsFile)];

    private static readonly string DocPath = Path.Combine(Approver.RepoRoot, "docs", "register-format.md");

    private static readonly Lazy<string> Doc = new(() => File.ReadAllText(DocPath).Replace("\r\n", "\n", StringComparison.Ordinal));

    public static TheoryData<string> RecordTypes() =>
        [.. typeof(ModelNode).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ModelNode).Namespace && t.IsSubclassOf(typeof(ModelNode)) && !t.IsAbstract)
            .Where(t => t != typeof(LocalizedText) && t != typeof(IsoPeriod) && !Wrappers.Contains(t))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> EnumTypes() =>
        [.. typeof(ModelNode).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ModelNode).Namespace && t.IsEnum)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Every_key_of_a_record_is_in_one_table_with_its_model_description(string typeName)
    {
        var shape = TypeShape.Of(typeof(ModelNode).Assembly.GetType($"{typeof(ModelNode).Namespace}.{typeName}")!);
        var expected = shape.Properties.Select(p => (p.Key, p.Description)).ToList();

        var match = Tables().FirstOrDefault(t => t.Select(r => r.Key).SequenceEqual(expected.Select(e => e.Key)));

        Assert.True(match is not null,
            $"docs/register-format.md has no table listing exactly the keys of {typeName}: {string.Join(", ", expected.Select(e => e.Key))}.");
        Assert.Equal(expected.Select(e => e.Description), match.Select(r => r.Meaning));
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Every_choice_is_listed_with_its_meaning(string typeName)
    {
        var type = typeof(ModelNode).Assembly.GetType($"{typeof(ModelNode).Namespace}.{typeName}")!;
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var row = $"| `{Naming.ToYamlKey(field.Name)}` | {field.GetCustomAttribute<DescriptionAttribute>()?.Description} |";
            Assert.True(Doc.Value.Contains(row, StringComparison.Ordinal), $"docs/register-format.md lacks the row {row}");
        }
    }

    [Fact]
    public void Every_built_in_vocabulary_id_is_listed()
    {
        var vocabulary = global::Register.Vocabulary.Terminology.BuiltIn;
        var ids = vocabulary.DataCategories.Keys
            .Concat(vocabulary.DataSubjects.Keys)
            .Concat(vocabulary.RecipientCategories.Keys)
            .Concat(vocabulary.Authorities.Keys)
            .ToList();

        var section = Doc.Value[Doc.Value.IndexOf("## Built-in vocabulary", StringComparison.Ordinal)..];

        Assert.True(ids.Count > 50);
        var missing = ids.Where(id => !section.Contains($"`{id}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Not listed in docs/register-format.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_example_is_copied_verbatim_from_the_example_register()
    {
        var examples = ExampleBlock().Matches(Doc.Value);
        Assert.True(examples.Count >= 10, $"Only {examples.Count} examples found.");

        foreach (Match example in examples)
        {
            var file = example.Groups["file"].Value;
            var source = "\n" + File.ReadAllText(Path.Combine(Approver.RepoRoot, file)).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (var excerpt in Omission().Split(example.Groups["yaml"].Value))
            {
                Assert.True(source.Contains("\n" + excerpt, StringComparison.Ordinal),
                    $"This example in docs/register-format.md is no longer in {file}:\n{excerpt}");
            }
        }
    }

    /// <summary>Every table of the doc with key rows: (key, meaning) per row.</summary>
    private static List<List<(string Key, string Meaning)>> Tables()
    {
        var tables = new List<List<(string, string)>>();
        List<(string, string)>? current = null;
        foreach (var line in Doc.Value.Split('\n'))
        {
            var row = KeyRow().Match(line);
            if (!row.Success)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                tables.Add(current);
            }

            current.Add((row.Groups["key"].Value, row.Groups["meaning"].Value));
        }

        return tables;
    }

    [GeneratedRegex(@"^\| `(?<key>[a-z][a-z0-9_]*)` \| (yes)? \| [^|]+ \| (?<meaning>[^|]+) \|$")]
    private static partial Regex KeyRow();

    [GeneratedRegex(@"From `(?<file>register/[^`]+)`:\n\n```yaml\n(?<yaml>.*?\n)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    [GeneratedRegex(@"(?m)^ *# …\n")]
    private static partial Regex Omission();
}
