using System.ComponentModel;

namespace Register.Model;

/// <summary>
/// Why a cookie may be placed or read (ePrivacy Directive Art. 5(3); NL Telecommunicatiewet art. 11.7a; DE TDDDG § 25):
/// with the visitor's consent, or without it because it is strictly necessary for a service the visitor asked for.
/// </summary>
public enum CookieGround
{
    [Description("Placed or read only after the visitor has agreed (ePrivacy Directive Art. 5(3), first sentence).")] Consent,
    [Description("Strictly necessary for a service the visitor explicitly asked for (logging in, keeping a chat open): no consent needed.")] StrictlyNecessary,
}
