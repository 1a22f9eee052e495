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

    [Description("Further requirements for some of the data (e.g. a tax number the law requires besides the data the contract needs), each with the data it concerns and its own consequences.")]
    public IReadOnlyList<AdditionalProvision> Also { get; init; } = [];
}
