using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Register.Model;

namespace Register.Vocabulary;

/// <summary>A language of ISO 639-1 with its name.</summary>
public sealed record LanguageTerm : ModelNode
{
    [Required, Description("ISO 639-1 code, e.g. nl.")]
    public string Code { get; init; } = "";

    [Required, Description("Name of the language; English always, Dutch and German where known.")]
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    [Description("One of the 24 official languages of the European Union.")]
    public bool EuOfficial { get; init; }

    [Required, Description("Where the entry comes from: the source checked, or the project's own wording.")]
    public string Source { get; init; } = "";

    [Required, Description("How sure the entry is: V (official source), S (secondary sources), M (unverified).")]
    public string Verification { get; init; } = "";
}
