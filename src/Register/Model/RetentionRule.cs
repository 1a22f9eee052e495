using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace Register.Model;

/// <summary>How long data is kept: an ISO 8601 period from an event, and what follows; or a criterion.</summary>
public sealed record RetentionRule : ModelNode
{
    [Description("ISO 8601 period, e.g. P3Y, P6M, P30D.")]
    public IsoPeriod? Period { get; init; }

    [InRecord, Description("The event the period runs from, e.g. 'the end of the year in which the payment was processed'.")]
    public LocalizedText? RunsFrom { get; init; }

    [Description("True when the period is a maximum: 'at most three years after …'.")]
    public bool AtMost { get; init; }

    [Description("Events that end the retention earlier, whichever comes first: consent_withdrawn, objection, unsubscribed, inactivity.")]
    public IReadOnlyList<RetentionEvent> OrUntil { get; init; } = [];

    [Description("For or_until inactivity: how long without activity, as an ISO 8601 period (P2Y).")]
    public IsoPeriod? Inactivity { get; init; }

    [Description("Data kept after the purpose is met: for how long, why and on which basis (e.g. legitimate_interests to defend legal claims).")]
    public RetentionExtension? KeptAfter { get; init; }

    [Description("What happens after the period: delete, anonymise or review.")]
    public RetentionEnd? Then { get; init; }

    [InRecord, Description("Further explanation of what happens after the period.")]
    public LocalizedText? ThenNote { get; init; }

    [InRecord, Description("When no period can be given: the criterion that determines how long data is kept.")]
    public LocalizedText? Criterion { get; init; }
}
