using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A data category an activity uses, optionally with its own erasure period (Art. 30(1)(f)).</summary>
[ScalarForm(nameof(Category))]
public sealed record DataCategoryUse : ModelNode
{
    [Required, Description("Data category id (built-in or from vocabulary.yaml).")]
    public string Category { get; init; } = "";

    [Description("Retention for this category when it differs from the activity's.")]
    public RetentionRule? Retention { get; init; }
}
