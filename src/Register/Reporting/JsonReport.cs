using System.Text.Json;
using Register.Diagnostics;
using Register.Loading;

namespace Register.Reporting;

/// <summary>
/// Diagnostics as one JSON document with a stable schema (documented in docs/diagnostics.md).
/// Fields are only ever added; a breaking change raises <see cref="SchemaVersion"/>.
/// </summary>
public sealed class JsonReport : IDiagnosticReport
{
    public const int SchemaVersion = 1;

    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, SourceFiles sources)
    {
        var summary = DiagnosticSummary.Of(diagnostics, sources);
        JsonOutput.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", ReportTool.Name);
            json.WriteString("version", ReportTool.Version);
            json.WriteEndObject();

            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("infos", summary.Infos);
            json.WriteEndObject();

            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>One diagnostic as the report's schema has it (the build's cache keeps its verdict so, <see cref="ReadDiagnostic"/>).</summary>
    internal static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        WriteLocation(json, diagnostic.At);
        json.WriteString("severity", SeverityNames.Json(diagnostic.Severity));
        json.WriteString("code", diagnostic.Code);
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Fix is null)
        {
            json.WriteNull("fix");
        }
        else
        {
            json.WriteString("fix", diagnostic.Fix);
        }

        json.WriteStartArray("related");
        foreach (var related in diagnostic.Related)
        {
            json.WriteStartObject();
            WriteLocation(json, related.At);
            json.WriteString("message", related.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A diagnostic written by <see cref="WriteDiagnostic"/>; throws (KeyNotFoundException, InvalidOperationException, FormatException) for anything else.</summary>
    internal static Diagnostic ReadDiagnostic(JsonElement diagnostic) =>
        new(SeverityNames.FromJson(diagnostic.GetProperty("severity").GetString()), diagnostic.GetProperty("code").GetString() ?? "", diagnostic.GetProperty("message").GetString() ?? "", ReadLocation(diagnostic))
        {
            Fix = diagnostic.GetProperty("fix").GetString(),
            Related = diagnostic.GetProperty("related").EnumerateArray().Select(r => new RelatedLocation(ReadLocation(r), r.GetProperty("message").GetString() ?? "")).ToList(),
        };

    private static SourceLocation ReadLocation(JsonElement element) =>
        new(element.GetProperty("file").GetString() ?? "", element.GetProperty("line").GetInt32(), element.GetProperty("column").GetInt32());

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation at)
    {
        json.WriteString("file", at.File);
        json.WriteNumber("line", at.Line);
        json.WriteNumber("column", at.Column);
    }
}
