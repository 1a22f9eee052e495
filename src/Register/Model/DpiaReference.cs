using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>Data protection impact assessment (Art. 35).</summary>
public sealed record DpiaReference : ModelNode
{
    [Description("Whether a DPIA is indicated for this activity.")]
    public bool Required { get; init; }

    [Description("Reference of the DPIA document.")]
    public string? Reference { get; init; }

    [Description("Date the DPIA was completed.")]
    public LocalDate? Date { get; init; }
}
