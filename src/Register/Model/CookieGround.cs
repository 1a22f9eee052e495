namespace Register.Model;

/// <summary>
/// Why a cookie may be placed or read (ePrivacy Directive Art. 5(3); NL Telecommunicatiewet art. 11.7a; DE TDDDG § 25):
/// with the visitor's consent, or without it because it is strictly necessary for a service the visitor asked for.
/// </summary>
public enum CookieGround
{
    Consent,
    StrictlyNecessary,
}
