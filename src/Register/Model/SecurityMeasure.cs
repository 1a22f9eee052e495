using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A technical or organisational measure (Art. 32): register/measures.yaml.</summary>
public sealed record SecurityMeasure : ModelNode
{
    [Required, Description("Id used by activities.")]
    public string Id { get; init; } = "";

    [InRecord, Required, Description("Name of the measure.")]
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    [Description("What the measure does.")]
    public LocalizedText? Description { get; init; }

    [Required, Description("technical, organisational or physical.")]
    public MeasureKind Kind { get; init; }

    [Description("Checklist area: access_control, traceability, software_protection, backup, encryption, processor_control, other.")]
    public MeasureArea Area { get; init; } = MeasureArea.Other;

    [Description("Points of Art. 32(1) the measure serves: a (pseudonymisation, encryption), b (confidentiality, integrity, availability, resilience), c (restoring availability after an incident), d (regular testing and evaluation). The Art. 30 record groups measures by them; a measure without points is grouped by its area.")]
    public IReadOnlyList<Art32Point> Art32 { get; init; } = [];
}
