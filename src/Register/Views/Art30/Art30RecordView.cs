using NodaTime;

namespace Register.Views.Art30;

/// <summary>An Art. 30 record in one language, ready to render: who keeps it, and one entry per activity.</summary>
public sealed record Art30RecordView
{
    public required string Language { get; init; }

    public required Art30RecordKind Kind { get; init; }

    /// <summary>Labels and headings in the record's language.</summary>
    public required Art30Phrases Phrases { get; init; }

    public required string Title { get; init; }

    /// <summary>The provision the record is kept under, e.g. "art. 30 lid 1 AVG".</summary>
    public required string Article { get; init; }

    public required string OrganisationName { get; init; }

    /// <summary>Who keeps the record and whom to contact (Art. 30(1)(a), 30(2)(a)): organisation, privacy contact, DPO, representative.</summary>
    public required IReadOnlyList<Art30Field> Parties { get; init; }

    public required LocalDate VersionDate { get; init; }

    public required string VersionDateText { get; init; }

    public required IReadOnlyList<Art30ActivityView> Activities { get; init; }

    public required IReadOnlyList<Art30TransferView> Transfers { get; init; }

    public required IReadOnlyList<Art30RecipientView> Recipients { get; init; }

    /// <summary>The field keys every entry has, in record order (the columns of the spreadsheet and CSV).</summary>
    public required IReadOnlyList<string> FieldKeys { get; init; }

    /// <summary>The field keys shown in the landscape overview table, which has room for fewer columns.</summary>
    public required IReadOnlyList<string> OverviewKeys { get; init; }

    /// <summary>The label of a field key in the record's language.</summary>
    public string Label(string key) => Phrases.FieldLabel(key);

    /// <summary>The DPO's name and contact, if the organisation has one, for covers.</summary>
    public string? DpoText { get; init; }
}
