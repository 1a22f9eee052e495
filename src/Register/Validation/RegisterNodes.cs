using Register.Loading.Binding;
using Register.Model;

namespace Register.Validation;

/// <summary>Walks every value read from a register's files, for checks that apply wherever a kind of value appears.</summary>
internal static class RegisterNodes
{
    /// <summary>
    /// A text, the YAML key it was written under, the record that holds it, whether it may leave languages out, and
    /// whether the Art. 30 record prints it (<see cref="InRecordAttribute"/>; a text's own record version is not).
    /// </summary>
    public readonly record struct FoundText(LocalizedText Text, string Key, ModelNode Owner, bool SomeLanguages = false, bool InRecord = false);

    /// <summary>Every record read from a file (texts excluded), parents before children, in file order.</summary>
    public static IReadOnlyList<ModelNode> All(RegisterModel register)
    {
        var roots = new List<ModelNode> { register.Organisation, register.Vocabulary };
        roots.AddRange(register.Activities);
        roots.AddRange(register.Recipients);
        roots.AddRange(register.Measures);
        roots.AddRange(register.Notices);
        roots.AddRange(register.Changes);

        // An explicit stack, not recursion: the walk should not depend on how deep the model is.
        var pending = new Stack<ModelNode>(roots.Where(IsRead).Reverse());
        var found = new List<ModelNode>();
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            found.Add(node);
            var children = Children(node).Where(c => c is not LocalizedText).ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }

        return found;
    }

    /// <summary>Every reader-facing text of the register.</summary>
    public static IEnumerable<FoundText> Texts(RegisterModel register)
    {
        foreach (var node in All(register))
        {
            foreach (var property in TypeShape.Of(node.GetType()).Properties)
            {
                if (property.GetValue(node) is LocalizedText text && IsRead(text))
                {
                    yield return new FoundText(text, property.Key, node, property.SomeLanguages, property.InRecord);
                    if (text.Record is { } record && IsRead(record))
                    {
                        // A record version names only the languages whose wording differs; the others come from the text.
                        yield return new FoundText(record, $"{property.Key}.record", node, SomeLanguages: true);
                    }
                }
            }
        }
    }

    // Records the binder filled in for a missing key have no place in a file; the loader has reported them.
    private static bool IsRead(ModelNode? node) => node is not null && node.At.File is not null;

    private static IEnumerable<ModelNode> Children(ModelNode node)
    {
        foreach (var property in TypeShape.Of(node.GetType()).Properties)
        {
            switch (property.GetValue(node))
            {
                case ModelNode child when IsRead(child):
                    yield return child;
                    break;
                case System.Collections.IEnumerable list and not string:
                    foreach (var item in list.OfType<ModelNode>().Where(IsRead))
                    {
                        yield return item;
                    }

                    break;
            }
        }
    }
}
