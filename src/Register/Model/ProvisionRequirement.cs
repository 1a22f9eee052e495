using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>The Art. 13(2)(e) statement: must the person provide the data, and what if not.</summary>
public sealed record ProvisionRequirement : ModelNode
{
    [Required, Description("statutory, contractual, contract_prerequisite or voluntary.")]
    public ProvisionKind Requirement { get; init; }

    [Description("Whether the person is obliged to provide the data.")]
    public bool Obligatory { get; init; }

    [Required, Description("What happens if the person does not provide the data.")]
    public LocalizedText Consequences { get; init; } = LocalizedText.Empty;
}
