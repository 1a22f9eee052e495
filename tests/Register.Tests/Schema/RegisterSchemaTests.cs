using System.Text;
using System.Text.Json.Nodes;
using Register.Loading;
using Register.Loading.Binding;
using Register.Model;
using Register.Schema;
using Register.Tests.Approval;
using Register.Workflow;

namespace Register.Tests.Schema;

public sealed class RegisterSchemaTests
{
    private static string RegisterDir => Path.Combine(Approver.RepoRoot, "register");

    public static TheoryData<string> Kinds() => [.. RegisterFileKind.All.Select(k => k.Name)];

    private static RegisterFileKind Kind(string name) => RegisterFileKind.All.Single(k => k.Name == name);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Committed_schema_equals_the_generated_one(string kind)
    {
        var committed = Path.Combine(RegisterDir, SchemaWriter.RegisterFolder, Kind(kind).SchemaFileName);

        var ids = SchemaIds.Of(Register.Loading.RegisterLoader.Load(RegisterDir).Register!);

        Assert.True(File.Exists(committed), $"{committed} is missing; run 'register schema register'.");
        Assert.True(
            File.ReadAllText(committed, Encoding.UTF8) == RegisterSchema.Render(Kind(kind), ids),
            $"{committed} is out of date (the schemas list the register's ids); run 'dotnet run --project src/Register.Cli -- schema register' and commit the result.");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_lists_the_same_keys_and_required_keys_as_the_loader(string kind)
    {
        var root = RegisterSchema.Generate(Kind(kind));
        var schema = JsonNode.Parse(root.ToJsonString())!.AsObject();
        var seen = new HashSet<Type>();
        CompareRecord(Kind(kind).Root, schema, schema, seen);

        Assert.Contains(Kind(kind).Root, seen);
    }

    private static void CompareRecord(Type type, JsonObject body, JsonObject root, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        var shape = TypeShape.Of(type);
        var properties = body["properties"]!.AsObject();
        Assert.Equal(shape.Properties.Select(p => p.Key).Order(StringComparer.Ordinal), properties.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(
            shape.Properties.Where(p => p.IsRequired).Select(p => p.Key).Order(StringComparer.Ordinal),
            (body["required"] as JsonArray ?? []).Select(t => (string)t!).Order(StringComparer.Ordinal));
        Assert.False((bool)body["additionalProperties"]!);

        foreach (var property in shape.Properties)
        {
            var element = ElementType(property.PropertyType);
            if (typeof(ModelNode).IsAssignableFrom(element) && element != typeof(LocalizedText) && element != typeof(IsoPeriod))
            {
                var definition = root["definitions"]![element.Name]!.AsObject();
                var recordBody = definition["oneOf"] is JsonArray forms ? forms[1]!.AsObject() : definition;
                CompareRecord(element, recordBody, root, seen);
            }
        }
    }

    private static Type ElementType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? underlying.GetGenericArguments()[0]
            : underlying;
    }

    [Fact]
    public void Enum_choices_are_the_snake_case_names_the_loader_accepts()
    {
        var schema = JsonNode.Parse(RegisterSchema.Generate(RegisterFileKind.Activity).ToJsonString())!;

        var basis = schema["definitions"]!["Purpose"]!["properties"]!["basis"]!;

        Assert.Equal(
            ["consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"],
            basis["enum"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("Art. 6(1)(c): legal obligation", (string)basis["enumDescriptions"]![2]!);
        Assert.Equal("Art. 6(1) basis: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests.", (string)basis["description"]!);
    }

    [Fact]
    public void Every_file_of_the_example_register_and_of_init_is_accepted_by_its_schema()
    {
        var files = Corpus();
        Assert.Contains(files, f => f.Kind == RegisterFileKind.Activity);

        foreach (var (path, kind, yaml) in files)
        {
            Assert.Empty(SchemaJudge.LoaderDiagnostics(kind, yaml));
            var errors = SchemaJudge.SchemaErrors(kind, yaml);
            Assert.True(errors.Count == 0, $"{path}: {string.Join("; ", errors)}");
        }
    }

    [Fact]
    public void Every_file_of_the_example_register_and_of_init_starts_with_its_schema_reference()
    {
        foreach (var (path, kind, yaml) in Corpus())
        {
            Assert.True(yaml.StartsWith(SchemaWriter.ModelineFor(kind) + "\n", StringComparison.Ordinal), $"{path} does not start with its schema reference");
        }
    }

    /// <summary>The YAML files of the example register (register/) and of a fresh 'register init'.</summary>
    private static List<(string Path, RegisterFileKind Kind, string Yaml)> Corpus()
    {
        var example = Directory.Exists(RegisterDir)
            ? Directory.EnumerateFiles(RegisterDir, "*.yaml", SearchOption.AllDirectories)
                .Select(p => (Path: p, Kind: RegisterFileKind.ForPath(Path.GetRelativePath(RegisterDir, p))))
                .Where(f => f.Kind is not null)
                .Select(f => (f.Path, f.Kind!, File.ReadAllText(f.Path, Encoding.UTF8)))
            : [];
        var scaffold = RegisterScaffold.Files()
            .Where(f => f.Path.StartsWith("register/", StringComparison.Ordinal) && f.Path.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => ("init:" + f.Path, RegisterFileKind.ForPath(f.Path["register/".Length..])!, f.Content));
        return [.. example.Concat(scaffold).OrderBy(f => f.Item1, StringComparer.Ordinal)];
    }
}
