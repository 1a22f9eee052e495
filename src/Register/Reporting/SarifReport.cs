using System.Text.Json;
using Register.Diagnostics;
using Register.Loading;

namespace Register.Reporting;

/// <summary>SARIF 2.1.0 for code-scanning upload: one run, the rule catalogue as the driver's rules, one result per diagnostic.</summary>
public sealed class SarifReport(IReadOnlyList<Rule>? rules = null) : IDiagnosticReport
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    // Relative paths are resolved by the consumer against the checkout root (GitHub code scanning does this).
    private const string SourceRoot = "SRCROOT";

    private readonly IReadOnlyList<Rule> _rules = rules ?? Rules.All;

    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, SourceFiles sources)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _rules.Count; i++)
        {
            ruleIndex.TryAdd(_rules[i].Code, i);
        }

        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                WriteResult(json, diagnostic, ruleIndex);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ReportTool.Name);
        json.WriteString("version", ReportTool.Version);
        json.WriteString("informationUri", ReportTool.ProjectUrl);
        json.WriteStartArray("rules");
        foreach (var rule in _rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // Code scanning shows shortDescription as the alert's title, fullDescription under it and help as the rule's page.
    private static void WriteRule(Utf8JsonWriter json, Rule rule)
    {
        var uri = RuleHelp.Uri(rule, ReportTool.ProjectUrl);
        var fix = RuleHelp.Fix(rule);
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        json.WriteString("name", Name(rule));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", $"{RuleHelp.Checks(rule)} {RuleHelp.Why(rule)}");
        json.WriteEndObject();
        json.WriteString("helpUri", uri);
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Title}\n\n{RuleHelp.Checks(rule)} {RuleHelp.Why(rule)}\n\nFix: {fix}\n\nSee {uri}");
        json.WriteString("markdown", $"**{rule.Code}: {rule.Title}**\n\n{RuleHelp.Checks(rule)} {RuleHelp.Why(rule)}\n\n**Fix:** {fix}\n\n[{rule.Code} in docs/diagnostics.md]({uri})");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // SARIF's rule name is an identifier-like word (PascalCase): "Duplicate key" becomes "DuplicateKey".
    private static string Name(Rule rule) => string.Concat(rule.Title
        .Split([' ', '-', '\'', '(', ')', ',', '.', ':', '/'], StringSplitOptions.RemoveEmptyEntries)
        .Where(w => char.IsLetter(w[0]))
        .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        if (ruleIndex.TryGetValue(diagnostic.Code, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Fix is { Length: > 0 } fix ? $"{diagnostic.Message} Fix: {fix}" : diagnostic.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, diagnostic.At);
        json.WriteEndObject();
        json.WriteEndArray();

        if (diagnostic.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < diagnostic.Related.Count; i++)
            {
                var related = diagnostic.Related[i];
                json.WriteStartObject();
                json.WriteNumber("id", i + 1);
                WritePhysicalLocation(json, related.At);
                json.WriteStartObject("message");
                json.WriteString("text", related.Message);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, SourceLocation at)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(at.File))
        {
            json.WriteString("uri", new Uri(at.File).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join('/', at.File.Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, at.Line));
        json.WriteNumber("startColumn", Math.Max(1, at.Column));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
