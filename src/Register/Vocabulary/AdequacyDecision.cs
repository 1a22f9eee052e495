using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;
using Register.Model;

namespace Register.Vocabulary;

/// <summary>An Art. 45 adequacy decision for a country or international organisation, with its scope and dates.</summary>
public sealed record AdequacyDecision : ModelNode
{
    [Required, Description("ISO 3166-1 alpha-2 code, or the id of an international organisation.")]
    public string Country { get; init; } = "";

    [Description("Name, for an international organisation that has no country entry.")]
    public LocalizedText? Name { get; init; }

    [Required, Description("What the decision covers, e.g. commercial organisations only.")]
    public LocalizedText Scope { get; init; } = LocalizedText.Empty;

    [Description("Covers only recipients certified under a framework (the EU-US Data Privacy Framework).")]
    public bool CertifiedOnly { get; init; }

    [Required, Description("Reference of the decision, e.g. Implementing Decision (EU) 2023/1795.")]
    public string Decision { get; init; } = "";

    [Description("Date the decision was adopted; absent where not verified.")]
    public LocalDate? Adopted { get; init; }

    [Description("First day in force when that differs from the adoption date (a renewal taking over from its predecessor).")]
    public LocalDate? InForceFrom { get; init; }

    [Description("Last day the decision is in force; absent when open-ended.")]
    public LocalDate? Expires { get; init; }

    [Description("Caveat for readers, e.g. an appeal pending or EEA incorporation pending.")]
    public LocalizedText? Note { get; init; }

    [Required, Description("Where the entry comes from: the source checked, or the project's own wording.")]
    public string Source { get; init; } = "";

    [Required, Description("How sure the entry is: V (official source), S (secondary sources), M (unverified).")]
    public string Verification { get; init; } = "";

    /// <summary>Whether the decision is in force on a date: from its start (when known) up to and including its last day.</summary>
    public bool IsInForceOn(LocalDate date)
    {
        var from = InForceFrom ?? Adopted;
        return (from is null || from.Value <= date) && (Expires is null || date <= Expires.Value);
    }
}
