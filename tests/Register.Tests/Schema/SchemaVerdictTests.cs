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

    public static TheoryData<string, string, string, bool> Cases() => new()
    {
        { "valid activity", "activity", Activity, true },
        { "optional key left empty", "activity", Activity + "\ndescription:\n", true },
        { "number written where text is expected", "activity", Activity.Replace("Mailer 7", "4711", StringComparison.Ordinal), true },
        { "unknown key", "activity", Activity + "\nretension: P2Y\n", false },
        { "unknown key inside a purpose", "activity", Activity.Replace("basis: consent", "basis: consent\n    reason: x", StringComparison.Ordinal), false },
        { "missing required key", "activity", Activity.Replace("created: 2025-01-31\n", "", StringComparison.Ordinal), false },
        { "required key left empty", "activity", Activity.Replace("created: 2025-01-31", "created:", StringComparison.Ordinal), false },
        { "unknown legal basis", "activity", Activity.Replace("basis: consent", "basis: consnet", StringComparison.Ordinal), false },
        { "legal basis in PascalCase", "activity", Activity.Replace("basis: consent", "basis: LegitimateInterests", StringComparison.Ordinal), false },
        { "period not ISO 8601", "activity", Activity.Replace("period: P2Y", "period: 2 years", StringComparison.Ordinal), false },
        { "period unlimited (left to the validator)", "activity", Activity.Replace("period: P2Y", "period: unlimited", StringComparison.Ordinal), true },
        { "date not year-month-day", "activity", Activity.Replace("2025-01-31", "31-01-2025", StringComparison.Ordinal), false },
        { "text written without languages", "activity", Activity.Replace("description: { en: Sending the newsletter }", "description: Sending", StringComparison.Ordinal), false },
        { "list written as one value", "activity", Activity.Replace("data_subjects: [subscribers]", "data_subjects: subscribers", StringComparison.Ordinal), false },
        { "object where a bare id is allowed", "activity", Activity, true },
        { "boolean not true or false", "activity", Activity.Replace("  - kind: data_subject", "  - kind: data_subject\n    publicly_accessible: maybe", StringComparison.Ordinal), false },
        { "changelog entry", "changelog", "changes:\n  - date: 2026-03-01\n    summary: { en: We now keep invoices 7 years. }\n", true },
        { "changelog entry without summary", "changelog", "changes:\n  - date: 2026-03-01\n", false },
        { "supervisory authority by id", "organisation", Organisation("supervisory_authority: nl-ap"), true },
        { "supervisory authority in full", "organisation", Organisation("supervisory_authority:\n  name: { en: Autoriteit Persoonsgegevens }\n  url: https://autoriteitpersoonsgegevens.nl"), true },
        { "supervisory authority with unknown key", "organisation", Organisation("supervisory_authority:\n  site: x"), false },
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

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_and_loader_agree(string name, string kindName, string yaml, bool accepted)
    {
        var kind = RegisterFileKind.All.Single(k => k.Name == kindName);

        var loader = SchemaJudge.LoaderDiagnostics(kind, yaml);
        var schema = SchemaJudge.SchemaErrors(kind, yaml);

        Assert.True(accepted == (loader.Count == 0), $"{name}: loader said {string.Join("; ", loader)}");
        Assert.True(accepted == (schema.Count == 0), $"{name}: schema said {string.Join("; ", schema)}");
    }
}
