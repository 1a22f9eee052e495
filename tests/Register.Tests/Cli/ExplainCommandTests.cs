using Register.Diagnostics;

namespace Register.Tests.Cli;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_gives_title_what_why_an_example_from_the_rules_test_case_and_the_fix()
    {
        var run = CliRun.Of("explain", "reg042");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("REG042: Consent without how to withdraw it (error)\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("What it checks: Checked by the validator on what the register says.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Why: The GDPR provisions behind it: Art. 7(3), Art. 13(2)(c).", run.Output, StringComparison.Ordinal);
        Assert.Contains("Example (the rule's test case 'reg042-", run.Output, StringComparison.Ordinal);
        // The example points at the place the test case reports, with the line and a caret under the column.
        Assert.Contains("activities/orders.yaml:14:14: error REG042", run.Output, StringComparison.Ordinal);
        Assert.Contains("     14 |   condition: explicit_consent\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("        |              ^\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Fix: " + Rules.WithdrawalMissing.Fix, run.Output, StringComparison.Ordinal);
        Assert.Contains("/docs/diagnostics.md#reg042", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_names_every_code_once()
    {
        var run = CliRun.Of("explain", "--list");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Rules.All.Select(r => r.Code), lines.Select(l => l[..6]));
        Assert.Contains("REG042  error    Consent without how to withdraw it", lines);
    }

    [Fact]
    public void An_unknown_code_is_a_usage_error_on_one_line()
    {
        var run = CliRun.Of("explain", "REG999");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["register: there is no code 'REG999'; 'register explain --list' lists them all."], run.ErrorLines);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Every_loader_and_validator_rule_with_a_test_case_has_an_example()
    {
        var withoutExample = Rules.All
            .Where(r => string.CompareOrdinal(r.Code, "REG100") < 0 && r.Code is not ("REG009" or "REG010" or "REG011"))
            .Where(r => RuleExplanation.Example(r) is null)
            .Select(r => r.Code);

        Assert.Empty(withoutExample);
    }
}
