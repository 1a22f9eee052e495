using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;
using NodaTime.Text;

namespace Register.Model;

/// <summary>
/// A cookie or similar technology (local storage, a pixel, a fingerprint) an activity places on or reads from the
/// visitor's device (ePrivacy Directive Art. 5(3)): the notice's cookie table shows its name, provider, purpose,
/// duration and whether it needs consent. Only what the register gives; the validator asks for what is missing.
/// </summary>
public sealed record Cookie : ModelNode
{
    /// <summary>The <see cref="Provider"/> value for the organisation's own cookies.</summary>
    public const string OwnProvider = "own";

    [Required, Description("The cookie's name as the browser shows it (e.g. session_id), or the technology's name.")]
    public string Name { get; init; } = "";

    [Description("Who places or reads it: 'own' for the organisation itself, or the id of a recipient in recipients.yaml.")]
    public string? Provider { get; init; }

    [Description("What the cookie is for, in plain words.")]
    public LocalizedText? Purpose { get; init; }

    [Description("How long it stays on the device: 'session' (until the browser is closed) or an ISO 8601 period such as P1Y or P30D.")]
    public string? Duration { get; init; }

    [Description("consent (placed only with the visitor's consent) or strictly_necessary (needed for the service the visitor asked for).")]
    public CookieGround? Ground { get; init; }

    /// <summary>The <see cref="Duration"/> value for a cookie deleted when the browser closes.</summary>
    public const string SessionDuration = "session";

    /// <summary>True when the cookie lasts until the browser closes.</summary>
    public bool IsSession => Duration?.Trim() == SessionDuration;

    /// <summary>
    /// The duration as a period a notice can state (P1Y, P30D, PT30M; <see cref="IsoPeriod.WhyNotStatable"/>); null for a
    /// session cookie and for a value that is none.
    /// </summary>
    public Period? DurationPeriod =>
        Duration?.Trim() is { Length: > 1 } text && text[0] == 'P' && PeriodPattern.NormalizingIso.Parse(text) is { Success: true } parsed
        && IsoPeriod.WhyNotStatable(parsed.Value) is null
            ? parsed.Value
            : null;

    /// <summary>True for a cookie the organisation places itself.</summary>
    public bool IsOwn => Provider?.Trim() == OwnProvider;
}
