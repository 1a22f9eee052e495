using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>Automated decision-making including profiling (Art. 22; Art. 13(2)(f)).</summary>
public sealed record AutomatedDecisionMaking : ModelNode
{
    [Description("Whether the decision-making involves profiling.")]
    public bool Profiling { get; init; }

    [Required, Description("Meaningful information about the logic involved.")]
    public LocalizedText Logic { get; init; } = LocalizedText.Empty;

    [Required, Description("The significance of the processing for the person.")]
    public LocalizedText Significance { get; init; } = LocalizedText.Empty;

    [Required, Description("The envisaged consequences for the person.")]
    public LocalizedText Consequences { get; init; } = LocalizedText.Empty;
}
