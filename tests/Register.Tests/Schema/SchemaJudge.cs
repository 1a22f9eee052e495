using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Json.Schema;
using Register.Diagnostics;
using Register.Loading.Binding;
using Register.Loading.Yaml;
using Register.Model;
using Register.Schema;

namespace Register.Tests.Schema;

/// <summary>One complaint of the schema: the JSON Pointer of the value it rejects and why.</summary>
internal sealed record SchemaError(string Pointer, string Message)
{
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Message}";
}

/// <summary>Judges one register file twice: with the generated schema (as an editor would) and with the loader.</summary>
internal static class SchemaJudge
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new(StringComparer.Ordinal);

    /// <summary>The schema's complaints about a YAML text; empty when it accepts it.</summary>
    public static IReadOnlyList<SchemaError> SchemaErrors(RegisterFileKind kind, string yaml)
    {
        // Each schema gets a registry of its own: the global one refuses a second schema with the same $id.
        var schema = Schemas.GetOrAdd(kind.Name, _ => new Lazy<JsonSchema>(() =>
            JsonSchema.FromText(RegisterSchema.Render(kind), new BuildOptions { SchemaRegistry = new SchemaRegistry() }))).Value;
        var node = YamlAsJson.Parse(yaml);
        using var document = JsonDocument.Parse(node?.ToJsonString() ?? "null");
        // Formats (date, email, uri) are asserted, as an editor does; draft 7 otherwise treats them as annotations.
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Prepend(results)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => new SchemaError(r.InstanceLocation.ToString(), $"{e.Key}: {e.Value}")))
            .Distinct()
            .ToList();
        return errors.Count > 0 ? errors : [new SchemaError("", "rejected")];
    }

    /// <summary>The loader's diagnostics for a YAML text read as a file of the kind.</summary>
    public static IReadOnlyList<Diagnostic> LoaderDiagnostics(RegisterFileKind kind, string yaml)
    {
        var bag = new DiagnosticBag();
        var node = SafeYamlReader.Read("file.yaml", Encoding.UTF8.GetBytes(yaml), YamlLimits.Default, bag);
        if (node is not null)
        {
            typeof(ModelBinder).GetMethod(nameof(ModelBinder.Bind))!
                .MakeGenericMethod(kind.Root)
                .Invoke(new ModelBinder(bag), [node]);
        }

        return bag.ToSortedList();
    }
}
