using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>Automated decision-making including profiling (Art. 22; Art. 13(2)(f)): 'none', or its explanation.</summary>
[ScalarForm(nameof(Kind))]
public sealed record AutomatedDecisionMaking : ModelNode
{
    [Description("solely_automated (default when logic, significance and consequences are given) or none; write 'automated_decisions: none' to state that none are taken.")]
    public AutomatedDecisionKind Kind { get; init; }

    [Description("Whether the decision-making involves profiling.")]
    public bool Profiling { get; init; }

    [InRecord, Description("Meaningful information about the logic involved (required unless kind is none).")]
    public LocalizedText? Logic { get; init; }

    [InRecord, Description("The significance of the processing for the person (required unless kind is none).")]
    public LocalizedText? Significance { get; init; }

    [InRecord, Description("The envisaged consequences for the person (required unless kind is none).")]
    public LocalizedText? Consequences { get; init; }

    /// <summary>True when the register states that the activity takes no solely automated decisions.</summary>
    public bool IsNone => Kind == AutomatedDecisionKind.None;
}
