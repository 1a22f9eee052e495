using System.Text.RegularExpressions;

namespace Register.Diagnostics;

/// <summary>
/// What a rule is for, in the words code scanning and <c>register explain</c> show: the stage of the check, the GDPR
/// provisions its title and fix cite, and where docs/diagnostics.md describes it.
/// </summary>
public static partial class RuleHelp
{
    /// <summary>The anchor of the rule's row in docs/diagnostics.md (lower-case code, e.g. <c>reg042</c>).</summary>
    public static string Anchor(Rule rule) => rule.Code.ToLowerInvariant();

    /// <summary>The address of the rule's row in docs/diagnostics.md on the project's site.</summary>
    public static string Uri(Rule rule, string projectUrl) => $"{projectUrl.TrimEnd('/')}/blob/main/docs/diagnostics.md#{Anchor(rule)}";

    /// <summary>What the rule checks: the stage it belongs to and the problem it reports.</summary>
    public static string Checks(Rule rule) => $"{Stage(rule)} It reports: {rule.Title.TrimEnd('.')}.";

    /// <summary>The GDPR provisions the rule's title and fix cite (e.g. "Art. 7(3)"), in order, without repeats.</summary>
    public static IReadOnlyList<string> Articles(Rule rule) =>
        Article().Matches(rule.Title + " " + rule.Fix)
            // "Art. 7(3), 13(2)(c)" cites two provisions.
            .SelectMany(m => m.Value[(m.Value.IndexOf(' ', StringComparison.Ordinal) + 1)..].Split(',', StringSplitOptions.TrimEntries))
            .Select(provision => "Art. " + provision.TrimStart())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Why it matters: the provisions it rests on, or, for rules that check the files themselves, what goes wrong without it.</summary>
    public static string Why(Rule rule)
    {
        var articles = Articles(rule);
        if (articles.Count > 0)
        {
            return $"The GDPR provisions behind it: {string.Join(", ", articles)}.";
        }

        return Number(rule) switch
        {
            < 20 => "A file that cannot be read safely and unambiguously cannot be checked: YAML would otherwise drop or misread values without a word.",
            < 100 => "The notices, records and reports are built from the register; a register that is incomplete or inconsistent here would make them wrong.",
            < 150 => "The notices are built from templates and phrase files in every language of the register; a build that cannot produce them fully and unambiguously writes nothing.",
            < 200 => "The Art. 30 records and DPO reports are built for one language and format at a time.",
            < 250 => "The change log and output/ are what reviewers and readers see of a change; they must agree with the register.",
            _ => "A notice says only what the register says, so it makes no claim the organisation has not made.",
        };
    }

    /// <summary>The stage of the check, from the code's range (see the comments in <see cref="Rules"/>).</summary>
    public static string Stage(Rule rule) => Number(rule) switch
    {
        < 20 => "Checked while reading each file (the YAML itself).",
        < 100 => "Checked by the validator on what the register says.",
        100 or 101 => "Checked while building with your own templates (--templates): the template or phrase file itself, at its line and column.",
        140 => "Checked on the text of each notice that sets 'readability:' (validate measures it too, from the notice rendered in memory).",
        < 150 => "Checked by the validator, before anything is built, on what each notice must show in each of its languages.",
        < 200 => "Checked when the Art. 30 records and DPO reports are exported.",
        < 250 => "Checked on the change log, the diff and the up-to-date check of output/.",
        _ => "Checked on what the notices state.",
    };

    /// <summary>How serious it is, in one sentence.</summary>
    public static string SeverityMeaning(Rule rule) => rule.Severity switch
    {
        Severity.Error => "An error: the register is not valid, validate exits with 1 and nothing is built.",
        Severity.Warning => "A warning: worth a look, it stops nothing unless --warnings-as-errors is given.",
        _ => "A note: for information only.",
    };

    /// <summary>The general fix, or a pointer to the message when the rule has none.</summary>
    public static string Fix(Rule rule) => rule.Fix.Length > 0 ? rule.Fix : "The message of each diagnostic says what to change.";

    private static int Number(Rule rule) => int.Parse(rule.Code.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Art\. \d+(\(\d+\))?(\([a-z]\))?(, \d+(\(\d+\))?(\([a-z]\))?)*")]
    private static partial Regex Article();
}
