using System.Globalization;
using Register.Diagnostics;
using Register.Loading.Yaml;

namespace Register.Tests.Validation;

/// <summary>Every case in Fixtures/ reports exactly the diagnostics its expected.txt lists, at those places.</summary>
public sealed class RuleFixtureTests
{
    public static TheoryData<string> Cases() => new(RegisterFixture.CaseNames());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_exactly_the_expected_diagnostics(string caseName)
    {
        var caseDir = Path.Combine(RegisterFixture.FixturesDirectory, caseName);
        using var fixture = RegisterFixture.Create(caseName);

        var report = fixture.Validate(ReadLimits(caseDir));

        if (Environment.GetEnvironmentVariable("REGISTER_DUMP") is { } dump)
        {
            File.WriteAllLines(Path.Combine(dump, caseName + ".txt"), report.Diagnostics.Select(d => $"{d}\n    fix: {d.Fix}"));
        }

        var expected = ReadExpected(caseDir);
        var actual = RegisterFixture.Summarise(report);
        if (!expected.SequenceEqual(actual, StringComparer.Ordinal) && Environment.GetEnvironmentVariable("REGISTER_ACCEPT") == "1")
        {
            // Same switch as the approval files: write what was found, for review in the diff.
            File.WriteAllLines(Path.Combine(caseDir, "expected.txt"), actual);
            expected = [.. actual];
        }

        Assert.True(expected.SequenceEqual(actual, StringComparer.Ordinal),
            $"Case '{caseName}'\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", report.Diagnostics)}");
        Assert.All(report.Diagnostics, d =>
        {
            Assert.False(string.IsNullOrEmpty(d.Fix), $"{d.Code} at {d.At} has no fix.");
            Assert.True(d.At.Line >= 1 && d.At.Column >= 1, $"{d.Code} has no real position: {d.At}.");
        });
    }

    [Fact]
    public void The_base_register_validates_clean()
    {
        using var fixture = RegisterFixture.Create();

        var report = fixture.Validate();

        Assert.Empty(report.Diagnostics);
        Assert.NotNull(report.Register);
    }

    [Fact]
    public void Every_loader_and_validator_rule_has_a_fixture()
    {
        var covered = RegisterFixture.CaseNames()
            .SelectMany(c => ReadExpected(Path.Combine(RegisterFixture.FixturesDirectory, c)))
            .Select(line => line.Split(' ')[^1])
            .ToHashSet(StringComparer.Ordinal);
        var uncovered = Rules.All.Where(r => string.CompareOrdinal(r.Code, "REG100") < 0 && !covered.Contains(r.Code))
            .Select(r => r.Code).ToList();

        Assert.True(uncovered.Count == 0, $"No fixture for: {string.Join(", ", uncovered)}.");
    }

    private static List<string> ReadExpected(string caseDir) =>
        File.ReadAllLines(Path.Combine(caseDir, "expected.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

    private static YamlLimits ReadLimits(string caseDir)
    {
        var path = Path.Combine(caseDir, "options.txt");
        var limits = YamlLimits.Default;
        if (!File.Exists(path))
        {
            return limits;
        }

        foreach (var line in File.ReadAllLines(path).Where(l => l.Contains('=', StringComparison.Ordinal)))
        {
            var (key, value) = (line[..line.IndexOf('=', StringComparison.Ordinal)].Trim(), int.Parse(line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture));
            limits = key switch
            {
                "max_file_bytes" => limits with { MaxFileBytes = value },
                "max_depth" => limits with { MaxDepth = value },
                "max_nodes" => limits with { MaxNodes = value },
                "max_aliases" => limits with { MaxAliases = value },
                _ => throw new InvalidOperationException($"Unknown option '{key}' in {path}."),
            };
        }

        return limits;
    }
}
