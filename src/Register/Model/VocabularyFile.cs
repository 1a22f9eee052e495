using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>register/vocabulary.yaml: organisation terms that extend the built-in vocabulary.</summary>
public sealed record VocabularyFile : ModelNode
{
    [Description("Extra data categories.")]
    public IReadOnlyList<VocabularyTerm> DataCategories { get; init; } = [];

    [Description("Extra data-subject categories.")]
    public IReadOnlyList<VocabularyTerm> DataSubjects { get; init; } = [];

    [Description("Extra recipient categories.")]
    public IReadOnlyList<VocabularyTerm> RecipientCategories { get; init; } = [];
}
