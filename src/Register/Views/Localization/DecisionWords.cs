using System.Text.RegularExpressions;

namespace Register.Views.Localization;

/// <summary>
/// An adequacy decision's reference in the reader's language: "Uitvoeringsbesluit (EU) 2023/1795 van de Commissie".
/// Decisions before the Lisbon Treaty (numbers ending in /EC) are "Beschikking" / "Entscheidung" in Dutch and German.
/// </summary>
public static partial class DecisionWords
{
    /// <summary>The reference in words, or null when the vocabulary gives no decision number (not yet verified).</summary>
    public static string? Format(string decision, PhraseBook phrases)
    {
        if (Reference().Match(decision) is not { Success: true } match)
        {
            return null;
        }

        var number = match.Groups["number"].Value;
        var kind = match.Groups["implementing"].Success ? "implementing"
            : number.EndsWith("/EC", StringComparison.Ordinal) ? "pre_lisbon"
            : "decision";
        var localNumber = number.EndsWith("/EC", StringComparison.Ordinal) ? number[..^2] + phrases.Get("decision.ec_suffix") : number;
        return phrases.Format("decision." + kind, ("number", localNumber));
    }

    [GeneratedRegex(@"^Commission (?<implementing>Implementing )?Decision (?<number>(\(EU\) )?\d{4}/\d+(/E[CU])?|\d{4}/\d+/E[CU])$")]
    private static partial Regex Reference();
}
