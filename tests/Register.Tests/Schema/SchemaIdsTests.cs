using System.Text.Json.Nodes;
using Register.Loading;
using Register.Schema;
using Register.Tests.Approval;

namespace Register.Tests.Schema;

/// <summary>The schemas list every id a key accepts, described in the register's languages, and never offer null as a choice.</summary>
public sealed class SchemaIdsTests
{
    private static readonly Register.Model.RegisterModel Example =
        RegisterLoader.Load(Path.Combine(Approver.RepoRoot, "register")).Register!;

    [Fact]
    public void Data_categories_list_the_built_in_and_the_organisations_ids_with_their_labels()
    {
        var activity = RegisterSchema.Generate(RegisterFileKind.Activity, SchemaIds.Of(Example));
        var scalar = activity["definitions"]!["DataCategoryUse"]!["oneOf"]![0]!;
        var ids = scalar["enum"]!.AsArray().Select(i => i!.GetValue<string>()).ToList();
        var descriptions = scalar["enumDescriptions"]!.AsArray().Select(i => i!.GetValue<string>()).ToList();

        Assert.Contains("contact-details", ids);
        Assert.Contains("case-reference", ids);
        Assert.Equal(
            "dossiernummer en dossierstatus · Aktenzeichen und Aktenstatus · case reference and case status",
            descriptions[ids.IndexOf("case-reference")]);
        Assert.Equal(ids.Count, descriptions.Count);
    }

    [Fact]
    public void Every_id_key_of_an_activity_lists_its_choices()
    {
        var activity = RegisterSchema.Generate(RegisterFileKind.Activity, SchemaIds.Of(Example));
        var properties = activity["properties"]!;

        Assert.Contains("debtors", Choices(properties["data_subjects"]!["items"]!));
        Assert.Equal(Example.Recipients.Select(r => r.Id).Order(), Choices(properties["recipients"]!["items"]!).Order());
        Assert.Equal(Example.Measures.Select(m => m.Id).Order(), Choices(properties["security_measures"]!["items"]!).Order());
        Assert.Contains("US", Choices(activity["definitions"]!["Transfer"]!["properties"]!["country"]!));
        var organisation = RegisterSchema.Generate(RegisterFileKind.Organisation, SchemaIds.Of(Example));
        Assert.Contains("nl-ap", Choices(organisation["definitions"]!["SupervisoryAuthorityRef"]!["oneOf"]?[0] ?? organisation["definitions"]!["SupervisoryAuthorityRef"]!["properties"]!["id"]!));
    }

    [Fact]
    public void Retention_then_does_not_offer_null()
    {
        var activity = RegisterSchema.Generate(RegisterFileKind.Activity, SchemaIds.BuiltIn);
        var then = activity["definitions"]!["RetentionRule"]!["properties"]!["then"]!;

        Assert.DoesNotContain(then["enum"]!.AsArray(), v => v is null);
        Assert.Equal("string", then["type"]!.GetValue<string>());
    }

    [Fact]
    public void Without_ids_the_schema_gives_the_shape_only()
    {
        var activity = RegisterSchema.Generate(RegisterFileKind.Activity);

        Assert.Null(activity["properties"]!["data_subjects"]!["items"]!["enum"]);
    }

    private static List<string> Choices(JsonNode schema) => schema["enum"]!.AsArray().Select(i => i!.GetValue<string>()).ToList();
}
