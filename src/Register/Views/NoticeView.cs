namespace Register.Views;

/// <summary>A privacy notice (Art. 13/14) resolved for one language: every text final, ready for a logic-less template.</summary>
public sealed record NoticeView
{
    public required string Id { get; init; }
    public required string Language { get; init; }
    public required string LanguageName { get; init; }
    public required string Title { get; init; }
    public string? Intro { get; init; }
    /// <summary>The version date in words, e.g. "14 september 2022", or "januari 2021" when the register gives a month.</summary>
    public required string VersionDate { get; init; }
    /// <summary>The version date as ISO 8601 (2022-09-14, or 2021-01 for a month), for machines.</summary>
    public required string VersionDateIso { get; init; }
    /// <summary>The version line shown under the title, e.g. "Versie van 14 september 2022".</summary>
    public required string VersionLine { get; init; }
    /// <summary>The first layer: the notice in one screen, linking to the full text.</summary>
    public required NoticeSummaryView Summary { get; init; }
    public required ControllerView Controller { get; init; }
    public required IReadOnlyList<NoticeSectionView> Sections { get; init; }
    /// <summary>The cookie section; null when the notice covers no activity on the website (or nothing is known of its cookies).</summary>
    public CookiesView? Cookies { get; init; }
    /// <summary>Every recipient of the covered activities, described once, in the order they first appear.</summary>
    public required IReadOnlyList<NoticeRecipientView> Recipients { get; init; }
    /// <summary>The retention table: one row per activity, and one per data category with its own period.</summary>
    public required IReadOnlyList<RetentionRowView> Retention { get; init; }
    public required IReadOnlyList<RightView> Rights { get; init; }
    /// <summary>How to send a request, that it is free, the deadline and identity checks (Art. 12).</summary>
    public required ExerciseRightsView ExerciseRights { get; init; }
    /// <summary>The separate right-to-object paragraph (Art. 21(4)); null when no covered processing carries it.</summary>
    public ObjectionView? Objection { get; init; }
    /// <summary>How to withdraw consent (Art. 13(2)(c)); null when no covered processing rests on consent.</summary>
    public WithdrawalView? Withdrawal { get; init; }
    public required ComplaintView Complaint { get; init; }
    /// <summary>The statement that no solely automated decisions are taken; only when the register states it for every covered activity.</summary>
    public string? NoAutomatedDecisions { get; init; }
    /// <summary>The security measures of the covered activities (Art. 32), in the order of measures.yaml.</summary>
    public IReadOnlyList<SecurityMeasureView> Security { get; init; } = [];
    public required IReadOnlyList<CodeOfConductView> CodesOfConduct { get; init; }
    /// <summary>Dated changes to this notice, newest first; empty when the notice does not show them.</summary>
    public required IReadOnlyList<ChangeView> Changes { get; init; }
    /// <summary>The other language versions of this notice.</summary>
    public required IReadOnlyList<LanguageVersionView> OtherLanguages { get; init; }
}
