using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>Who people can contact about their data.</summary>
public sealed record ContactPoints : ModelNode
{
    [Required, Description("The privacy contact for questions and requests.")]
    public ContactPoint Privacy { get; init; } = new();

    [Description("The data protection officer, if one is appointed (Art. 37).")]
    public ContactPoint? Dpo { get; init; }

    [Description("The EU representative, if the organisation is outside the EU (Art. 27).")]
    public ContactPoint? EuRepresentative { get; init; }
}
