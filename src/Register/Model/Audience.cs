using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A group of people a notice speaks to: website visitors, debtors, …</summary>
public sealed record Audience : ModelNode
{
    [Required, Description("Id used by activities and notices.")]
    public string Id { get; init; } = "";

    [Required, Description("Name shown to readers.")]
    public LocalizedText Name { get; init; } = LocalizedText.Empty;
}
