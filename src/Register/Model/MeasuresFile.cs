using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>register/measures.yaml.</summary>
public sealed record MeasuresFile : ModelNode
{
    [Required, Description("Technical and organisational measures.")]
    public IReadOnlyList<SecurityMeasure> Measures { get; init; } = [];
}
