using System.Collections;
using System.Collections.Concurrent;
using Register.Loading.Binding;
using Register.Model;

namespace Register.Validation;

/// <summary>Walks every value read from a register's files, for checks that apply wherever a kind of value appears.</summary>
internal static class RegisterNodes
{
    // Per record type, the properties that can hold a record or a list of them, and those that can hold a text: the walk
    // reads no other property (no boxing of dates, flags and enums at every node).
    private static readonly ConcurrentDictionary<Type, (PropertyShape[] Children, PropertyShape[] Texts)> Walked = new();

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
        var pending = new Stack<ModelNode>();
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            if (IsRead(roots[i]))
            {
                pending.Push(roots[i]);
            }
        }

        var found = new List<ModelNode>();
        var children = new List<ModelNode>();
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            found.Add(node);
            children.Clear();
            AddChildren(node, children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }

        return found;
    }

    /// <summary>Every reader-facing text of the records <paramref name="nodes"/> (<see cref="All"/>), in their order.</summary>
    public static IReadOnlyList<FoundText> Texts(IReadOnlyList<ModelNode> nodes)
    {
        var found = new List<FoundText>();
        foreach (var node in nodes)
        {
            foreach (var property in PropertiesOf(node).Texts)
            {
                if (property.GetValue(node) is LocalizedText text && IsRead(text))
                {
                    found.Add(new FoundText(text, property.Key, node, property.SomeLanguages, property.InRecord));
                    if (text.Record is { } record && IsRead(record))
                    {
                        // A record version names only the languages whose wording differs; the others come from the text.
                        found.Add(new FoundText(record, $"{property.Key}.record", node, SomeLanguages: true));
                    }
                }
            }
        }

        return found;
    }

    // Records the binder filled in for a missing key have no place in a file; the loader has reported them.
    private static bool IsRead(ModelNode? node) => node is not null && node.At.File is not null;

    // The child records of a node (texts excluded), in property order, items of a list in list order.
    private static void AddChildren(ModelNode node, List<ModelNode> children)
    {
        foreach (var property in PropertiesOf(node).Children)
        {
            switch (property.GetValue(node))
            {
                case LocalizedText:
                    break;
                case ModelNode child when IsRead(child):
                    children.Add(child);
                    break;
                case IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is ModelNode child && child is not LocalizedText && IsRead(child))
                        {
                            children.Add(child);
                        }
                    }

                    break;
            }
        }
    }

    private static (PropertyShape[] Children, PropertyShape[] Texts) PropertiesOf(ModelNode node) =>
        Walked.GetOrAdd(node.GetType(), static type =>
        {
            var properties = TypeShape.Of(type).Properties;
            return (
                properties.Where(p => p.PropertyType != typeof(string) && (!p.PropertyType.IsValueType || typeof(IEnumerable).IsAssignableFrom(p.PropertyType))).ToArray(),
                properties.Where(p => !p.PropertyType.IsValueType && (typeof(LocalizedText).IsAssignableFrom(p.PropertyType) || p.PropertyType.IsAssignableFrom(typeof(LocalizedText)))).ToArray());
        });
}
