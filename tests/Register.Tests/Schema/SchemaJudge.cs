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
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        // Only failures on a path of failures count: a branch of anyOf/oneOf that failed while another branch held
        // (a nullable value that is not null, say) is not a complaint about the file.
        var errors = new List<SchemaError>();
        Collect(results, errors);
        var distinct = errors.Distinct().ToList();
        return distinct.Count > 0 ? distinct : [new SchemaError("", "rejected")];
    }

    /// <summary>The most specific places the schema rejects: pointers that no other rejected pointer lies inside.</summary>
    public static IReadOnlyList<string> RejectedPointers(IReadOnlyList<SchemaError> errors)
    {
        var pointers = errors.Select(e => e.Pointer).Distinct(StringComparer.Ordinal).ToList();
        return pointers.Where(p => !pointers.Any(other => other.Length > p.Length && other.StartsWith(p + "/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static void Collect(EvaluationResults result, List<SchemaError> errors)
    {
        if (result.IsValid)
        {
            return;
        }

        if (result.Errors is { } own)
        {
            errors.AddRange(own.Select(error => new SchemaError(result.InstanceLocation.ToString(), $"{error.Key}: {error.Value}")));
        }

        foreach (var child in result.Details ?? [])
        {
            Collect(child, errors);
        }
    }

    /// <summary>The loader's diagnostics for a YAML text read as a file of the kind.</summary>
    public static IReadOnlyList<Diagnostic> LoaderDiagnostics(RegisterFileKind kind, string yaml, string file = "file.yaml")
    {
        var bag = new DiagnosticBag();
        var node = SafeYamlReader.Read(file, Encoding.UTF8.GetBytes(yaml), YamlLimits.Default, bag);
        if (node is not null)
        {
            typeof(ModelBinder).GetMethod(nameof(ModelBinder.Bind))!
                .MakeGenericMethod(kind.Root)
                .Invoke(new ModelBinder(bag), [node]);
        }

        return bag.ToSortedList();
    }
}
