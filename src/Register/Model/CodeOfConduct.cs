using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>A sector code of conduct the organisation follows (Art. 40).</summary>
public sealed record CodeOfConduct : ModelNode
{
    [Required, Description("Name of the code.")]
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    [Description("Where to read it.")]
    public string? Url { get; init; }
}
