using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>Who people can contact about their data.</summary>
public sealed record ContactPoints : ModelNode
{
    [Required, Description("The privacy contact for questions and requests.")]
    public ContactPoint Privacy { get; init; } = new();

    [Description("Where to send an objection (Art. 21), when not the privacy contact: named in the objection paragraph, so write its name as it reads after 'to' (unsere Widerspruchsstelle).")]
    public ContactPoint? Objection { get; init; }

    [Description("Where to send a request to exercise a right (access, erasure, …), when not the privacy contact: named under 'How to exercise your rights'.")]
    public ContactPoint? Requests { get; init; }

    [Description("The data protection officer, if one is appointed (Art. 37).")]
    public ContactPoint? Dpo { get; init; }

    [Description("The EU representative, if the organisation is outside the EU (Art. 27).")]
    public ContactPoint? EuRepresentative { get; init; }
}
