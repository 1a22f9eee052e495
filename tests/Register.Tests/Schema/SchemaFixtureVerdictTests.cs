using System.Text;
using Register.Schema;
using Register.Tests.Validation;

namespace Register.Tests.Schema;

/// <summary>
/// On every validator fixture the schema can judge, the schema rejects the register exactly when the validator reports a
/// problem the schema can see (docs/schema.md lists what it cannot).
/// </summary>
public sealed class SchemaFixtureVerdictTests
{
    /// <summary>Loader rules about the shape of one file, which a JSON Schema can express (REG272: a key a link to a third party's page cannot have).</summary>
    private static readonly HashSet<string> SchemaRules = new(["REG003", "REG004", "REG005", "REG006", "REG007", "REG008", "REG272"], StringComparer.Ordinal);

    /// <summary>Problems in the YAML text itself (syntax, duplicate keys, limits, encoding): an editor's YAML parser reports them, not the schema.</summary>
    private static readonly HashSet<string> YamlRules = new(
        ["REG001", "REG002", "REG009", "REG010", "REG011", "REG012", "REG013", "REG014", "REG015", "REG016", "REG017", "REG018", "REG019"],
        StringComparer.Ordinal);

    public static TheoryData<string> Cases() => new(RegisterFixture.CaseNames());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_gives_the_validators_verdict(string caseName)
    {
        using var fixture = RegisterFixture.Create(caseName);
        var report = fixture.Validate();
        if (report.Diagnostics.Any(d => YamlRules.Contains(d.Code)))
        {
            // Not a schema question; still make sure the case is what we think it is.
            Assert.Contains(report.Diagnostics, d => YamlRules.Contains(d.Code));
            return;
        }

        var rejected = new List<string>();
        foreach (var path in Directory.EnumerateFiles(fixture.Root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(fixture.Root, path).Replace('\\', '/');
            var kind = RegisterFileKind.ForPath(relative);
            Assert.NotNull(kind);
            var errors = SchemaJudge.SchemaErrors(kind, File.ReadAllText(path, Encoding.UTF8));
            rejected.AddRange(errors.Select(e => $"{relative}: {e}"));
        }

        var validatorRejects = report.Diagnostics.Where(d => SchemaRules.Contains(d.Code)).Select(d => d.ToString()).ToList();
        Assert.True(validatorRejects.Count > 0 == rejected.Count > 0,
            $"Case {caseName}: validator said [{string.Join("; ", validatorRejects)}], schema said [{string.Join("; ", rejected)}].");
    }

    [Fact]
    public void Every_schema_rule_has_a_fixture_the_schema_rejects()
    {
        var judged = RegisterFixture.CaseNames()
            .Where(c => SchemaRules.Any(code => c.StartsWith(code.ToLowerInvariant(), StringComparison.Ordinal)))
            .ToList();

        Assert.Equal(SchemaRules.Count, judged.Count);
    }
}
