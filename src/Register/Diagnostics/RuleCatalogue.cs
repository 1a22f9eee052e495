using System.Text;

namespace Register.Diagnostics;

/// <summary>The table of every diagnostic code for docs/diagnostics.md, generated so the documentation cannot drift from the code.</summary>
public static class RuleCatalogue
{
    /// <summary>A Markdown table: code, severity, title and how to fix, one row per rule in code order.</summary>
    public static string ToMarkdown(IEnumerable<Rule> rules)
    {
        var table = new StringBuilder();
        table.Append("| Code | Severity | Problem | How to fix |\n");
        table.Append("|---|---|---|---|\n");
        foreach (var rule in rules.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            var fix = rule.Fix.Length == 0 ? "See the message." : rule.Fix;
            // The anchor is what each rule's SARIF helpUri and 'register explain' link to.
            table.Append($"| <a id=\"{RuleHelp.Anchor(rule)}\"></a>{rule.Code} | {rule.Severity.ToString().ToLowerInvariant()} | {Cell(rule.Title)} | {Cell(fix)} |\n");
        }

        return table.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
