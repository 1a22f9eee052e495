using System.Text;
using Register.Diagnostics;
using Register.Loading.Yaml;

namespace Register.Tests.Schema;

/// <summary>The JSON Pointers of the values and keys written at a line and column of a YAML text.</summary>
internal static class YamlPointers
{
    /// <summary>
    /// Every pointer whose key or value starts at that place. A block mapping starts where its first key does, so one
    /// place can hold two pointers (the mapping and its first entry); both are returned.
    /// </summary>
    public static IReadOnlyList<string> At(string yaml, int line, int column)
    {
        var root = SafeYamlReader.Read("pointers.yaml", Encoding.UTF8.GetBytes(yaml), YamlLimits.Default, new DiagnosticBag());
        var found = new List<string>();
        if (root is not null)
        {
            Walk(root, "", line, column, found);
        }

        return found;
    }

    private static void Walk(YNode node, string pointer, int line, int column, List<string> found)
    {
        if (node.At.Line == line && node.At.Column == column)
        {
            found.Add(pointer);
        }

        switch (node)
        {
            case YMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    var child = pointer + "/" + entry.Key.Value.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    if (entry.Key.At.Line == line && entry.Key.At.Column == column)
                    {
                        found.Add(child);
                    }

                    Walk(entry.Value, child, line, column, found);
                }

                break;
            case YSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Walk(sequence.Items[i], pointer + "/" + i, line, column, found);
                }

                break;
        }
    }
}
