using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A term of a vocabulary: a data category, data-subject category or recipient category.</summary>
public sealed record VocabularyTerm : ModelNode
{
    [Required, Description("Id of the term.")]
    public string Id { get; init; } = "";

    [InRecord, Required, Description("Label shown to readers.")]
    public LocalizedText Label { get; init; } = LocalizedText.Empty;

    [Description("Data categories: a special category of Art. 9.")]
    public bool Special { get; init; }

    [Description("Data categories: criminal-offence data of Art. 10.")]
    public bool Criminal { get; init; }

    [Description("Where the term comes from; required in the built-in vocabulary, optional in a register's own.")]
    public string? Source { get; init; }

    [Description("How sure the term is: V (official source), S (secondary sources), M (unverified); required in the built-in vocabulary.")]
    public string? Verification { get; init; }
}
