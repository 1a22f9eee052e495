using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>register/notices.yaml.</summary>
public sealed record NoticesFile : ModelNode
{
    [Required, Description("The notices to render.")]
    public IReadOnlyList<Notice> Notices { get; init; } = [];
}
