using System.Text.Json;
using Register.Diagnostics;
using Register.Loading;
using Register.Reporting;

namespace Register.Tests.Reporting;

public sealed class ReportDetailTests
{
    [Theory]
    [InlineData("100% sure", "100%25 sure")]
    [InlineData("line one\r\nline two", "line one%0D%0Aline two")]
    [InlineData("a: b, c", "a: b, c")]
    public void GitHub_message_escapes_percent_and_line_breaks(string message, string expected) =>
        Assert.Equal(expected, GitHubReport.Data(message));

    [Theory]
    [InlineData("register/a,b.yaml", "register/a%2Cb.yaml")]
    [InlineData("C:/register/x.yaml", "C%3A/register/x.yaml")]
    [InlineData("50%\n", "50%25%0A")]
    public void GitHub_property_also_escapes_colon_and_comma(string value, string expected) =>
        Assert.Equal(expected, GitHubReport.Property(value));

    [Fact]
    public void GitHub_annotation_carries_file_line_column_code_and_the_fix_on_a_second_line()
    {
        var diagnostic = Rules.DuplicateKey.At(new SourceLocation("register/a,b.yaml", 4, 7), "Twice: 'x'", "Delete one.");

        var text = Write(new GitHubReport(), diagnostic);

        Assert.StartsWith("::error file=register/a%2Cb.yaml,line=4,col=7,title=REG002::Twice: 'x'%0AFix: Delete one.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_lists_every_rule_of_the_catalogue_by_default_and_points_results_at_them()
    {
        var diagnostic = Rules.TabIndentation.At(new SourceLocation("register/x y.yaml", 3, 1), "Tab.");

        using var sarif = JsonDocument.Parse(Write(new SarifReport(), diagnostic));

        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(Rules.All.Select(r => r.Code), rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var result = run.GetProperty("results")[0];
        var index = result.GetProperty("ruleIndex").GetInt32();
        Assert.Equal("REG014", rules[index].GetProperty("id").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("register/x%20y.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Text_caret_follows_tabs_before_the_column()
    {
        var quote = SourceExcerpt.Quote("\tname: x", 7, 3);

        Assert.Equal(("    7", "\tname: x", "\t "), quote);
    }

    [Fact]
    public void Text_cuts_a_very_long_line_to_a_window_around_the_column()
    {
        var line = new string('a', 50_000) + "X" + new string('b', 50_000);

        var quote = SourceExcerpt.Quote(line, 1, 50_001)!.Value;

        Assert.True(quote.Line.Length < 130, $"quoted {quote.Line.Length} characters");
        Assert.StartsWith("…", quote.Line, StringComparison.Ordinal);
        Assert.EndsWith("…", quote.Line, StringComparison.Ordinal);
        Assert.Equal('X', quote.Line[quote.CaretPadding.Length]);
    }

    [Fact]
    public void Text_shows_control_characters_as_visible_symbols()
    {
        var quote = SourceExcerpt.Quote("a\0b\u001b[31mc", 1, 2)!.Value;

        Assert.Equal("a\u2400b\u241b[31mc", quote.Line);
    }

    [Fact]
    public void Summary_uses_singular_and_plural()
    {
        Assert.Equal("1 error, 2 warnings in 1 file", new DiagnosticSummary(1, 2, 0, 1).ToString());
        Assert.Equal("0 errors, 0 warnings, 3 notes in 19 files", new DiagnosticSummary(0, 0, 3, 19).ToString());
    }

    private static string Write(IDiagnosticReport report, params Diagnostic[] diagnostics)
    {
        var writer = new StringWriter();
        report.Write(writer, diagnostics, new SourceFiles());
        return writer.ToString();
    }
}
