using Register.Model;

namespace Register.Views.Art30;

/// <summary>The words an Art. 30 record needs in one language: field labels, headings and the names of the GDPR's choices.</summary>
/// <remarks>
/// Terms follow the glossary of shared/domain/gdpr-reference.md §4; most of its entries are marked unverified (M) there,
/// except "standaardbepalingen inzake gegevensbescherming" and "bindende bedrijfsvoorschriften" (V).
/// </remarks>
public sealed record Art30Terms
{
    public required string Language { get; init; }
    public required string RegulationAbbreviation { get; init; }
    public required string ControllerRecordTitle { get; init; }
    public required string ProcessorRecordTitle { get; init; }
    public required string ControllerRecordArticle { get; init; }
    public required string ProcessorRecordArticle { get; init; }
    public required string OverviewHeading { get; init; }
    public required string ActivitiesHeading { get; init; }
    public required string TransfersHeading { get; init; }
    public required string RecipientsHeading { get; init; }
    public required string Organisation { get; init; }
    public required string Controller { get; init; }
    public required string Processor { get; init; }
    public required string Dpo { get; init; }
    public required string Representative { get; init; }
    public required string PrivacyContact { get; init; }
    public required string VersionDate { get; init; }
    public required string Version { get; init; }
    public required string Page { get; init; }
    public required string PageOf { get; init; }
    public required string Field { get; init; }
    public required string Content { get; init; }
    public required string None { get; init; }
    public required string NotSpecified { get; init; }
    public required string NoTransfers { get; init; }
    public required string NoActivities { get; init; }
    public required string Activity { get; init; }
    public required string Country { get; init; }
    public required string Mechanism { get; init; }
    public required string Safeguards { get; init; }
    public required string Recipient { get; init; }
    public required string RecipientCategory { get; init; }
    public required string RecipientRole { get; init; }
    public required string Agreement { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string Special { get; init; }
    public required string Criminal { get; init; }
    public required string PubliclyAccessible { get; init; }
    public required string DpiaRequired { get; init; }
    public required string DpiaNotRequired { get; init; }
    public required string DpiaMissing { get; init; }
    public required string Profiling { get; init; }
    public required string AfterCollection { get; init; }
    public required string ListAnd { get; init; }
    public required IReadOnlyDictionary<string, string> FieldLabels { get; init; }
    public required IReadOnlyList<string> MonthNames { get; init; }
    public required Func<int, string> PeriodYears { get; init; }
    public required Func<int, string> PeriodMonths { get; init; }
    public required Func<int, string> PeriodWeeks { get; init; }
    public required Func<int, string> PeriodDays { get; init; }

    /// <summary>"{0}" is the day, "{1}" the month name, "{2}" the year.</summary>
    public required string DatePattern { get; init; }
    public required string After { get; init; }
    public required IReadOnlyDictionary<RetentionEnd, string> RetentionEnds { get; init; }
    public required IReadOnlyDictionary<ActivityRole, string> Roles { get; init; }
    public required IReadOnlyDictionary<LegalBasis, string> Bases { get; init; }
    public required IReadOnlyDictionary<Article9Condition, string> Article9 { get; init; }
    public required IReadOnlyDictionary<TransferMechanism, string> Mechanisms { get; init; }
    public required IReadOnlyDictionary<Article49Derogation, string> Derogations { get; init; }
    public required IReadOnlyDictionary<MeasureArea, string> MeasureAreas { get; init; }
    public required IReadOnlyDictionary<MeasureKind, string> MeasureKinds { get; init; }
    public required IReadOnlyDictionary<RecipientRole, string> RecipientRoles { get; init; }
    public required IReadOnlyDictionary<SourceKind, string> SourceKinds { get; init; }

    /// <summary>The terms for a language; English when the language has none (the record still shows the register's own texts).</summary>
    public static Art30Terms For(string language) => language switch
    {
        "nl" => Art30TermsNl.Terms,
        "de" => Art30TermsDe.Terms,
        _ => Art30TermsEn.Terms with { Language = language },
    };

    /// <summary>Whether the record has its own labels in a language.</summary>
    public static bool Has(string language) => language is "nl" or "de" or "en";
}
