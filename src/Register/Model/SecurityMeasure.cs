using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A technical or organisational measure (Art. 32): register/measures.yaml.</summary>
public sealed record SecurityMeasure : ModelNode
{
    [Required, Description("Id used by activities.")]
    public string Id { get; init; } = "";

    [Required, Description("Name of the measure.")]
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    [Description("What the measure does.")]
    public LocalizedText? Description { get; init; }

    [Required, Description("technical, organisational or physical.")]
    public MeasureKind Kind { get; init; }

    [Description("Checklist area: access_control, traceability, software_protection, backup, encryption, processor_control, other.")]
    public MeasureArea Area { get; init; } = MeasureArea.Other;
}
