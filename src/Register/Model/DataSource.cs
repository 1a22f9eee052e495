using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>Where an activity's data comes from (Art. 14(2)(f)).</summary>
public sealed record DataSource : ModelNode
{
    [Required, Description("data_subject, observed, internal, third_party or public.")]
    public SourceKind Kind { get; init; }

    [InRecord, Description("From whom, for third_party and public sources (required there).")]
    public LocalizedText? Name { get; init; }

    [Description("Whether the source is publicly accessible (Art. 14(2)(f)).")]
    public bool PubliclyAccessible { get; init; }
}
