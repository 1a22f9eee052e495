using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>The Art. 10 basis for processing data on criminal convictions and offences.</summary>
public sealed record CriminalDataBasis : ModelNode
{
    [Required, Description("The law or official authority that allows it (e.g. art. 33 UAVG, § 24 BDSG).")]
    public LocalizedText Law { get; init; } = LocalizedText.Empty;
}
