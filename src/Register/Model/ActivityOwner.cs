using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>The department responsible for an activity.</summary>
public sealed record ActivityOwner : ModelNode
{
    [Required, Description("Responsible department.")]
    public string Department { get; init; } = "";

    [Description("Contact email of the department.")]
    public string? Contact { get; init; }
}
