using Register.Loading.Yaml;
using Register.Vocabulary;

namespace Register.Tests.Vocabulary;

/// <summary>The built-in vocabulary's trees parsed at build time (VocabularyTreeGenerator) are what the loader reads from the YAML.</summary>
public sealed class EmbeddedTreesTests
{
    public static TheoryData<string> Files() => [.. EmbeddedVocabulary.Files];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_data_file_has_the_tree_the_loader_reads(string file)
    {
        var path = "src/Register/Vocabulary/Data/" + file;
        var built = EmbeddedTrees.Read(file, path);
        var read = EmbeddedVocabulary.ReadTree(file);

        Assert.NotNull(built);
        Assert.NotNull(read);
        var differences = new List<string>();
        Compare(read, built, differences);
        Assert.Empty(differences);
    }

    [Fact]
    public void A_file_without_a_tree_gives_none()
    {
        Assert.Null(EmbeddedTrees.Read("no-such-file.yaml", "src/Register/Vocabulary/Data/no-such-file.yaml"));
    }

    // Every node: its kind, place, text and style, the keys and values of a mapping and the items of a list, in order.
    private static void Compare(YNode expected, YNode actual, List<string> differences)
    {
        var pending = new Stack<(YNode Expected, YNode Actual)>();
        pending.Push((expected, actual));
        while (pending.Count > 0 && differences.Count < 10)
        {
            var (e, a) = pending.Pop();
            if (e.GetType() != a.GetType() || e.At != a.At)
            {
                differences.Add($"{e.At}: {e.KindName} read, {a.KindName} at {a.At} built");
                continue;
            }

            switch (e, a)
            {
                case (YScalar es, YScalar @as):
                    if (es.Value != @as.Value || es.IsPlain != @as.IsPlain)
                    {
                        differences.Add($"{e.At}: '{es.Value}' ({es.IsPlain}) read, '{@as.Value}' ({@as.IsPlain}) built");
                    }

                    break;
                case (YMapping em, YMapping am):
                    if (em.Entries.Count != am.Entries.Count)
                    {
                        differences.Add($"{e.At}: {em.Entries.Count} entries read, {am.Entries.Count} built");
                        break;
                    }

                    for (var i = 0; i < em.Entries.Count; i++)
                    {
                        pending.Push((em.Entries[i].Key, am.Entries[i].Key));
                        pending.Push((em.Entries[i].Value, am.Entries[i].Value));
                    }

                    break;
                case (YSequence eq, YSequence aq):
                    if (eq.Items.Count != aq.Items.Count)
                    {
                        differences.Add($"{e.At}: {eq.Items.Count} items read, {aq.Items.Count} built");
                        break;
                    }

                    for (var i = 0; i < eq.Items.Count; i++)
                    {
                        pending.Push((eq.Items[i], aq.Items[i]));
                    }

                    break;
            }
        }
    }
}
