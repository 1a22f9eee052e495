using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A group company or joint controller.</summary>
public sealed record GroupEntity : ModelNode
{
    [Required, Description("Id used to refer to this entity.")]
    public string Id { get; init; } = "";

    [Required, Description("Legal name.")]
    public string Name { get; init; } = "";

    [Required, Description("group_company or joint_controller.")]
    public GroupEntityRole Role { get; init; }

    [Description("Postal address.")]
    public PostalAddress? Address { get; init; }

    [Description("Contact for privacy questions.")]
    public ContactPoint? Contact { get; init; }

    [InRecord, Description("For joint controllers: the essence of the Art. 26 arrangement.")]
    public LocalizedText? Arrangement { get; init; }
}
