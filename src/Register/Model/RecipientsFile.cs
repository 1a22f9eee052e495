using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>register/recipients.yaml.</summary>
public sealed record RecipientsFile : ModelNode
{
    [Required, Description("Named recipients and recipient categories.")]
    public IReadOnlyList<Recipient> Recipients { get; init; } = [];
}
