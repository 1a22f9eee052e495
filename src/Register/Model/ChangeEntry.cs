using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A dated change to the register, shown in notices' change history.</summary>
public sealed record ChangeEntry : ModelNode
{
    [Required, Description("Date of the change.")]
    public LocalDate Date { get; init; }

    [Description("Notice ids the change concerns; empty: all notices.")]
    public IReadOnlyList<string> Notices { get; init; } = [];

    [Required, Description("What changed, for readers of the notice.")]
    public LocalizedText Summary { get; init; } = LocalizedText.Empty;
}
