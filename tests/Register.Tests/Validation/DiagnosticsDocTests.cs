using System.Text;
using Register.Diagnostics;
using Register.Tests.Approval;

namespace Register.Tests.Validation;

/// <summary>docs/diagnostics.md lists exactly the rules in <see cref="Rules.All"/>, with their severity, title and fix.</summary>
public sealed class DiagnosticsDocTests
{
    private const string Start = "<!-- rules:start -->\n";
    private const string End = "<!-- rules:end -->";

    [Fact]
    public void The_code_table_in_docs_diagnostics_md_is_generated_from_the_rules()
    {
        var path = Path.Combine(Approver.RepoRoot, "docs", "diagnostics.md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"{path} has lost its '{Start.Trim()}' / '{End}' markers.");

        var expected = text[..(from + Start.Length)] + RuleCatalogue.ToMarkdown(Rules.All) + text[to..];
        if (expected != text && Regeneration.IsOn)
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            text = expected;
        }

        Assert.True(expected == text, "docs/diagnostics.md is out of date; rerun the tests with REGISTER_REGENERATE=1 and commit it.");
    }

    [Fact]
    public void Every_loader_and_validator_rule_says_how_to_fix_it()
    {
        var withoutFix = Rules.All.Where(r => string.CompareOrdinal(r.Code, "REG100") < 0 && r.Fix.Length == 0).Select(r => r.Code);

        Assert.Empty(withoutFix);
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = Rules.All.Select(r => r.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^REG[0-9]{3}$", c));
    }
}
