using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>An Art. 14(5) exemption from informing the person.</summary>
public sealed record InformationExemption : ModelNode
{
    [Required, Description("already_informed, disproportionate_effort, required_by_law or professional_secrecy.")]
    public ExemptionGround Ground { get; init; }

    [Required, Description("Why the exemption applies.")]
    public LocalizedText Explanation { get; init; } = LocalizedText.Empty;
}
