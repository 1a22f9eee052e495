using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Register.Model;

namespace Register.Vocabulary;

/// <summary>An Art. 6(1) lawful basis with its article point and short label.</summary>
public sealed record LegalBasisTerm : ModelNode
{
    [Required, Description("The basis, as written in a register (consent, contract, …).")]
    public LegalBasis Basis { get; init; }

    [Required, Description("Article reference without the regulation's name, e.g. 6(1)(a).")]
    public string Article { get; init; } = "";

    [Required, Description("Point letter within Art. 6(1), e.g. a.")]
    public string Point { get; init; } = "";

    [Required, Description("Short label in each language.")]
    public LocalizedText Label { get; init; } = LocalizedText.Empty;

    [Required, Description("Where the entry comes from: the source checked, or the project's own wording.")]
    public string Source { get; init; } = "";

    [Required, Description("How sure the label is: V (official source), S (secondary sources), M (unverified).")]
    public string Verification { get; init; } = "";
}
