using System.Reflection;
using System.Text;

namespace Register.Diagnostics;

/// <summary>
/// <c>register explain CODE</c>: a rule's title, what it checks, why, an example that triggers it (the rule's own test
/// case, embedded in the library) and the fix; and the list of every code.
/// </summary>
public static class RuleExplanation
{
    private const string ExamplePrefix = "Register.RuleExamples/";

    /// <summary>The rule with this code (case-insensitive), or null.</summary>
    public static Rule? Find(string code) =>
        Rules.All.FirstOrDefault(r => string.Equals(r.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>One line per rule: code, severity, title.</summary>
    public static string List()
    {
        var text = new StringBuilder();
        foreach (var rule in Rules.All)
        {
            text.Append($"{rule.Code}  {rule.Severity.ToString().ToLowerInvariant(),-7}  {rule.Title}\n");
        }

        return text.ToString();
    }

    /// <summary>The explanation of one rule, ending with the address of its row in docs/diagnostics.md.</summary>
    public static string Explain(Rule rule, string projectUrl)
    {
        var text = new StringBuilder();
        text.Append($"{rule.Code}: {rule.Title} ({rule.Severity.ToString().ToLowerInvariant()})\n\n");
        text.Append($"What it checks: {RuleHelp.Checks(rule)}\n");
        text.Append($"Why: {RuleHelp.Why(rule)}\n");
        text.Append($"Severity: {RuleHelp.SeverityMeaning(rule)}\n\n");
        if (Example(rule) is { } example)
        {
            text.Append($"Example (the rule's test case '{example.Case}'):\n{example.Excerpt}\n");
        }
        else
        {
            text.Append("Example: none is shipped for this rule; docs/diagnostics.md describes when it is reported.\n\n");
        }

        text.Append($"Fix: {RuleHelp.Fix(rule)}\n\n");
        text.Append($"More: {RuleHelp.Uri(rule, projectUrl)}\n");
        return text.ToString();
    }

    /// <summary>The first embedded test case of the rule with the place it reports, as a source excerpt with a caret.</summary>
    internal static (string Case, string Excerpt)? Example(Rule rule)
    {
        var assembly = typeof(RuleExplanation).Assembly;
        var names = assembly.GetManifestResourceNames();
        var prefix = rule.Code.ToLowerInvariant() + "-";
        foreach (var expected in names
            .Where(n => n.StartsWith(ExamplePrefix + prefix, StringComparison.Ordinal) && n.EndsWith("/expected.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            var caseName = expected[ExamplePrefix.Length..expected.IndexOf('/', ExamplePrefix.Length)];
            var line = Read(assembly, expected)?.Split('\n').FirstOrDefault(l => l.TrimEnd().EndsWith(" " + rule.Code, StringComparison.Ordinal));
            if (line is null || Location(line) is not { } at)
            {
                continue;
            }

            var source = Read(assembly, $"{ExamplePrefix}{caseName}/{at.File}") ?? Read(assembly, $"{ExamplePrefix}_base/{at.File}");
            if (source is null)
            {
                continue;
            }

            return (caseName, Excerpt(source, at, line.TrimEnd()));
        }

        return null;
    }

    private static SourceLocation? Location(string expectedLine)
    {
        // "activities/orders.yaml:10:12: error REG042"
        var parts = expectedLine.Split(':');
        return parts.Length >= 4 && int.TryParse(parts[1], out var line) && int.TryParse(parts[2], out var column)
            ? new SourceLocation(parts[0], line, column)
            : null;
    }

    private static string Excerpt(string source, SourceLocation at, string heading)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var text = new StringBuilder($"  {heading}\n");
        var first = Math.Max(1, at.Line - 3);
        var last = Math.Min(lines.Length, at.Line);
        for (var number = first; number <= last; number++)
        {
            text.Append($"  {number,5} | {lines[number - 1]}\n");
        }

        text.Append($"  {"",5} | {new string(' ', Math.Max(0, at.Column - 1))}^\n");
        return text.ToString();
    }

    private static string? Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
