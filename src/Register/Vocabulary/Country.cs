using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Register.Model;

namespace Register.Vocabulary;

/// <summary>A country of ISO 3166-1 with its name and whether it is in the EU and the EEA.</summary>
public sealed record Country : ModelNode
{
    [Required, Description("ISO 3166-1 alpha-2 code, e.g. NL.")]
    public string Code { get; init; } = "";

    [Description("Other codes accepted for the country, e.g. EL, the EU's code for Greece.")]
    public IReadOnlyList<string> Aliases { get; init; } = [];

    [Required, Description("Short name in each language.")]
    public LocalizedText Name { get; init; } = LocalizedText.Empty;

    [Description("Where someone lives in the country, with its preposition, in the languages where 'in' and the name is wrong: in den Niederlanden.")]
    public LocalizedText? Place { get; init; }

    [Description("Member state of the European Union.")]
    public bool IsEu { get; init; }

    [Description("Part of the European Economic Area (the EU plus Iceland, Liechtenstein and Norway).")]
    public bool IsEea { get; init; }

    [Required, Description("Where the entry comes from: the source checked, or the project's own wording.")]
    public string Source { get; init; } = "";

    [Required, Description("How sure the entry is: V (official source), S (secondary sources), M (unverified).")]
    public string Verification { get; init; } = "";
}
