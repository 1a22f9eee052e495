using Register.Schema;

namespace Register.Tests.Schema;

/// <summary>The schema and the loader give the same verdict on the mistakes both can see.</summary>
public sealed class SchemaVerdictTests
{
    private const string Activity = """
        id: newsletter
        name:
          en: Newsletter
          nl: Nieuwsbrief
        purposes:
          - id: send
            description: { en: Sending the newsletter }
            basis: consent
        data_subjects: [subscribers]
        data_categories:
          - contact_details
          - category: usage_data
            retention: { period: P6M }
        sources:
          - kind: data_subject
        retention:
          period: P2Y
          then: delete
        created: 2025-01-31
        last_reviewed: 2026-01-15
        audiences: [customers]
        systems: [Mailer 7]
        owner:
          department: Marketing
        """;

    public static TheoryData<string, string, string, string?> Cases() => new()
    {
        { "valid activity", "activity", Activity, null },
        { "optional key left empty", "activity", Activity + "\ndescription:\n", null },
        { "number written where text is expected", "activity", Activity.Replace("Mailer 7", "4711", StringComparison.Ordinal), null },
        { "unknown key", "activity", Activity + "\nretension: P2Y\n", "/retension" },
        { "unknown key inside a purpose", "activity", Activity.Replace("basis: consent", "basis: consent\n    reason: x", StringComparison.Ordinal), "/purposes/0/reason" },
        { "missing required key", "activity", Activity.Replace("created: 2025-01-31\n", "", StringComparison.Ordinal), "" },
        { "required key left empty", "activity", Activity.Replace("created: 2025-01-31", "created:", StringComparison.Ordinal), "/created" },
        { "unknown legal basis", "activity", Activity.Replace("basis: consent", "basis: consnet", StringComparison.Ordinal), "/purposes/0/basis" },
        { "legal basis in PascalCase", "activity", Activity.Replace("basis: consent", "basis: LegitimateInterests", StringComparison.Ordinal), "/purposes/0/basis" },
        { "period not ISO 8601", "activity", Activity.Replace("period: P2Y", "period: 2 years", StringComparison.Ordinal), "/retention/period" },
        { "period unlimited (left to the validator)", "activity", Activity.Replace("period: P2Y", "period: unlimited", StringComparison.Ordinal), null },
        { "date not year-month-day", "activity", Activity.Replace("2025-01-31", "31-01-2025", StringComparison.Ordinal), "/created" },
        { "text written without languages", "activity", Activity.Replace("description: { en: Sending the newsletter }", "description: Sending", StringComparison.Ordinal), "/purposes/0/description" },
        { "list written as one value", "activity", Activity.Replace("data_subjects: [subscribers]", "data_subjects: subscribers", StringComparison.Ordinal), "/data_subjects" },
        { "object where a bare id is allowed", "activity", Activity, null },
        { "boolean not true or false", "activity", Activity.Replace("  - kind: data_subject", "  - kind: data_subject\n    publicly_accessible: maybe", StringComparison.Ordinal), "/sources/0/publicly_accessible" },
        { "changelog entry", "changelog", "changes:\n  - date: 2026-03-01\n    summary: { en: We now keep invoices 7 years. }\n", null },
        { "changelog entry without summary", "changelog", "changes:\n  - date: 2026-03-01\n", "/changes/0" },
        { "supervisory authority by id", "organisation", Organisation("supervisory_authority: nl-ap"), null },
        { "supervisory authority in full", "organisation", Organisation("supervisory_authority:\n  name: { en: Autoriteit Persoonsgegevens }\n  url: https://autoriteitpersoonsgegevens.nl"), null },
        { "supervisory authority with unknown key", "organisation", Organisation("supervisory_authority:\n  site: x"), "/supervisory_authority/site" },
    };

    private static string Organisation(string authority) => $"""
        name: Example B.V.
        address: {"{"} city: Utrecht, country: NL {"}"}
        contacts:
          privacy: {"{"} email: privacy@example.nl {"}"}
        {authority}
        languages: [nl, en]
        version_date: 2026-03-01
        audiences:
          - id: customers
            name: {"{"} en: Customers, nl: Klanten {"}"}
        """;

    /// <summary>
    /// Each case names the one key both judges must reject (a JSON Pointer into the file; "" is the file's top level),
    /// or null when both must accept. The loader's diagnostic is placed by line and column, so its pointer is found
    /// from the YAML tree of the same text: the test compares where each judge points, not only whether it complains.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_and_loader_reject_the_same_key_of_the_same_file(string name, string kindName, string yaml, string? rejected)
    {
        var kind = RegisterFileKind.All.Single(k => k.Name == kindName);
        var file = kindName + ".yaml";

        var loader = SchemaJudge.LoaderDiagnostics(kind, yaml, file);
        var schema = SchemaJudge.SchemaErrors(kind, yaml);

        if (rejected is null)
        {
            Assert.True(loader.Count == 0, $"{name}: the loader said {string.Join("; ", loader)}");
            Assert.True(schema.Count == 0, $"{name}: the schema said {string.Join("; ", schema)}");
            return;
        }

        var diagnostic = Assert.Single(loader);
        Assert.Equal(file, diagnostic.At.File);
        var loaderPointers = YamlPointers.At(yaml, diagnostic.At.Line, diagnostic.At.Column);
        Assert.True(loaderPointers.Contains(rejected),
            $"{name}: the loader points at {diagnostic.At.Line}:{diagnostic.At.Column} ({string.Join(" or ", loaderPointers.Select(Show))}), not {Show(rejected)}: {diagnostic}");
        var schemaPointers = SchemaJudge.RejectedPointers(schema);
        Assert.True(schemaPointers.SequenceEqual([rejected]),
            $"{name}: the schema points at {string.Join(", ", schemaPointers.Select(Show))}, not {Show(rejected)}: {string.Join("; ", schema)}");
    }

    [Fact]
    public void The_loader_place_maps_to_the_key_it_names_and_to_no_other()
    {
        // Guards the comparison itself: a place maps to its own key, so a judge pointing elsewhere cannot match.
        var yaml = Activity + "\nretension: P2Y\n";
        var diagnostic = Assert.Single(SchemaJudge.LoaderDiagnostics(RegisterFileKind.All.Single(k => k.Name == "activity"), yaml, "activity.yaml"));

        Assert.Contains("/retension", YamlPointers.At(yaml, diagnostic.At.Line, diagnostic.At.Column));
        Assert.DoesNotContain("/created", YamlPointers.At(yaml, diagnostic.At.Line, diagnostic.At.Column));
    }

    private static string Show(string pointer) => pointer.Length == 0 ? "/" : pointer;
}
