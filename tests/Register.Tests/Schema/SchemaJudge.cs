using System.Collections.Concurrent;
using System.Text;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;
using Register.Diagnostics;
using Register.Loading.Binding;
using Register.Loading.Yaml;
using Register.Model;
using Register.Schema;

namespace Register.Tests.Schema;

/// <summary>Judges one register file twice: with the generated schema (as an editor would) and with the loader.</summary>
internal static class SchemaJudge
{
    private static readonly ConcurrentDictionary<string, JSchema> Schemas = new();

    /// <summary>The schema's complaints about a YAML text; empty when it accepts it.</summary>
    public static IReadOnlyList<string> SchemaErrors(RegisterFileKind kind, string yaml)
    {
        var schema = Schemas.GetOrAdd(kind.Name, _ => JSchema.Parse(RegisterSchema.Render(kind)));
        var document = YamlAsJson.Parse(yaml);
        document.IsValid(schema, out IList<string> errors);
        return errors.ToList();
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

    public static JToken Parse(string yaml) => YamlAsJson.Parse(yaml);
}
