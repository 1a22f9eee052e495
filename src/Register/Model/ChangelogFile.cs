using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>register/changelog.yaml.</summary>
public sealed record ChangelogFile : ModelNode
{
    [Required, Description("Dated changes, newest first.")]
    public IReadOnlyList<ChangeEntry> Changes { get; init; } = [];
}
