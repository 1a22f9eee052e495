using Register.Diagnostics;
using Register.Model;

namespace Register.Validation.Checks;

/// <summary>
/// REG273–REG278: what an activity on the website stores on or reads from the visitor's device (ePrivacy Directive
/// Art. 5(3); NL Telecommunicatiewet art. 11.7a; DE TDDDG § 25). A website activity says 'cookies: none' or lists each
/// cookie with its provider, purpose, duration and ground, unless a cookie policy of the organisation's own says it;
/// the notice's cookie table shows only what is listed.
/// </summary>
public sealed class CookiesStated : IRegisterCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var policy = !string.IsNullOrWhiteSpace(context.Register.Organisation.CookiePolicy);
        foreach (var activity in context.Register.Activities)
        {
            if (activity.Cookies is not { } cookies)
            {
                if (activity.Website && !policy)
                {
                    yield return Rules.WebsiteCookiesUnstated.At(activity.LocationOf(nameof(activity.Website)),
                        $"Activity '{activity.Id}' takes place on your website but does not say which cookies or similar technologies it uses, and organisation.yaml gives no cookie policy; the notices will say nothing about cookies for it.",
                        Rules.WebsiteCookiesUnstated.Fix);
                }

                continue;
            }

            foreach (var cookie in cookies)
            {
                foreach (var diagnostic in Check(cookie, activity, context))
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> Check(Cookie cookie, ProcessingActivity activity, CheckContext context)
    {
        var name = string.IsNullOrWhiteSpace(cookie.Name) ? "a cookie" : $"cookie '{cookie.Name.Trim()}'";
        var provider = cookie.Provider?.Trim();
        if (string.IsNullOrEmpty(provider))
        {
            yield return Rules.CookieProviderUnknown.At(cookie.At,
                $"In activity '{activity.Id}', {name} does not say who places it.", Rules.CookieProviderUnknown.Fix);
        }
        else if (!cookie.IsOwn && !context.RecipientsById.ContainsKey(provider))
        {
            yield return Rules.CookieProviderUnknown.At(cookie.LocationOf(nameof(cookie.Provider)),
                $"In activity '{activity.Id}', the provider '{provider}' of {name} is neither 'own' nor a recipient in recipients.yaml.{Suggestions.DidYouMean(provider, [Cookie.OwnProvider, .. context.RecipientsById.Keys])}",
                Rules.CookieProviderUnknown.Fix);
        }
        else if (!cookie.IsOwn && !activity.Recipients.Contains(provider, StringComparer.Ordinal))
        {
            yield return Rules.CookieProviderNotRecipient.At(cookie.LocationOf(nameof(cookie.Provider)),
                $"In activity '{activity.Id}', {name} is placed by '{provider}', which is not among the activity's recipients.",
                Rules.CookieProviderNotRecipient.Fix);
        }

        if (!cookie.Rejected.Contains("purpose") && Blank.Text(cookie.Purpose))
        {
            yield return Rules.CookiePurposeMissing.At(cookie.LocationOf(nameof(cookie.Purpose)),
                $"In activity '{activity.Id}', {name} does not say what it is for.", Rules.CookiePurposeMissing.Fix);
        }

        if (!cookie.IsSession && cookie.DurationPeriod is null)
        {
            var written = cookie.Duration?.Trim() is { Length: > 0 } text ? $"'{text}' is not a duration" : "there is no 'duration:'";
            yield return Rules.CookieDurationMissing.At(cookie.LocationOf(nameof(cookie.Duration)),
                $"In activity '{activity.Id}', {name} does not say how long it stays on the visitor's device: {written}.", Rules.CookieDurationMissing.Fix);
        }

        if (!cookie.Rejected.Contains("ground") && cookie.Ground is null)
        {
            yield return Rules.CookieGroundMissing.At(cookie.At,
                $"In activity '{activity.Id}', {name} does not say whether it is placed with the visitor's consent or is strictly necessary.",
                Rules.CookieGroundMissing.Fix);
        }
    }
}
