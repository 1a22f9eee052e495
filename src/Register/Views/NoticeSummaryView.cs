namespace Register.Views;

/// <summary>
/// The first layer of a notice: who is responsible and how to reach them, one line per activity, how long, who receives
/// the data, and the rights with how to use them. Every line is made from the register; the full text follows below it.
/// </summary>
public sealed record NoticeSummaryView
{
    /// <summary>The controller's name and address on one line.</summary>
    public required string Controller { get; init; }
    /// <summary>How to reach the organisation about privacy (the privacy contact).</summary>
    public required ContactView Contact { get; init; }
    /// <summary>What is done and why, one line per activity, in the order of the full text.</summary>
    public required IReadOnlyList<SummaryLineView> Activities { get; init; }
    /// <summary>How long, in one sentence: the range of the register's retention periods.</summary>
    public required string Retention { get; init; }
    /// <summary>Who receives the data, in one sentence: the kinds of recipient; null when there are none.</summary>
    public string? Recipients { get; init; }
    /// <summary>The sentence on transfers outside the EEA, naming the countries; null when there are none.</summary>
    public string? Transfers { get; init; }
    /// <summary>The rights in plain words, in one sentence.</summary>
    public required string Rights { get; init; }
    /// <summary>That a request is free and answered within a month, in plain words.</summary>
    public required string HowToUseRights { get; init; }
    /// <summary>The sentence naming the supervisory authority to complain to; null when the register names none.</summary>
    public string? Complaint { get; init; }
}
