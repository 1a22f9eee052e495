using System.ComponentModel;
using Register.Model;

namespace Register.Vocabulary;

/// <summary>One built-in vocabulary file: a list of entries under the key <c>entries</c>.</summary>
public sealed record EmbeddedList<T> : ModelNode
    where T : ModelNode
{
    [Description("The entries of the file, in the order they are shown.")]
    public IReadOnlyList<T> Entries { get; init; } = [];
}
