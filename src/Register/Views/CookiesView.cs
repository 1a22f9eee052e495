namespace Register.Views;

/// <summary>
/// The notice's cookie section (ePrivacy Directive Art. 5(3)): the cookies and similar technologies its website
/// activities list, a statement that none are used only when every one of them says 'cookies: none', and the link to
/// the organisation's cookie policy when it has one. Null in a notice that covers no website activity.
/// </summary>
public sealed record CookiesView
{
    /// <summary>What the table lists and what its consent column means; null when the table is empty.</summary>
    public string? Text { get; init; }
    public IReadOnlyList<CookieView> Cookies { get; init; } = [];
    /// <summary>"We store no cookies …": only when every website activity of the notice states 'cookies: none'.</summary>
    public string? NoCookies { get; init; }
    /// <summary>The sentence linking the organisation's cookie policy; null without one.</summary>
    public string? PolicyText { get; init; }
}

/// <summary>One row of the cookie table: only what the register gives, in the reader's language.</summary>
public sealed record CookieView(string Name, string Provider, string Purpose, string Duration, string Consent);
