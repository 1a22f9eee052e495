using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Register.Model;

/// <summary>How easy a notice must be to read: the lowest readability index the build accepts without a warning.</summary>
public sealed record ReadabilityTarget : ModelNode
{
    [Required, Description("Lowest acceptable readability index (0-100, higher is easier): Flesch-Douma for Dutch, Amstad for German, Flesch Reading Ease for English. Below it the build warns and names the longest sentences.")]
    public int Minimum { get; init; }
}
