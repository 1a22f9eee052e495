using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Register.Model;

/// <summary>A further Art. 13(2)(e) requirement for some of an activity's data, with its own consequences.</summary>
public sealed record AdditionalProvision : ModelNode
{
    [Required, Description("statutory, contractual, contract_prerequisite or voluntary.")]
    public ProvisionKind Requirement { get; init; }

    [Description("Whether the person is obliged to provide these data.")]
    public bool Obligatory { get; init; }

    [Required, Description("The data this requirement concerns, as the notice names them (e.g. 'uw fiscaal nummer').")]
    public LocalizedText Data { get; init; } = LocalizedText.Empty;

    [Required, Description("What happens if the person does not provide these data.")]
    public LocalizedText Consequences { get; init; } = LocalizedText.Empty;
}
