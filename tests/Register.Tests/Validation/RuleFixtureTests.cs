using System.Text;
using Register.Tests.Approval;
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

        var diagnostics = fixture.Diagnostics(ReadLimits(caseDir));

        if (Environment.GetEnvironmentVariable("REGISTER_DUMP") is { } dump)
        {
            File.WriteAllLines(Path.Combine(dump, caseName + ".txt"), diagnostics.Select(d => $"{d}\n    fix: {d.Fix}"));
        }

        var expected = ReadExpected(caseDir);
        var actual = RegisterFixture.Summarise(diagnostics);
        if (!expected.SequenceEqual(actual, StringComparer.Ordinal) && Regeneration.IsOn)
        {
            // Writes what was found, for review in the diff (not the approval switch: expected.txt is no approval file).
            File.WriteAllLines(Path.Combine(caseDir, "expected.txt"), actual);
            expected = [.. actual];
        }

        Assert.True(expected.SequenceEqual(actual, StringComparer.Ordinal),
            $"Case '{caseName}'\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", diagnostics)}");
        Assert.All(diagnostics, d =>
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

    /// <summary>
    /// The message and fix of every diagnostic every case reports, as the user reads them. A change of wording shows
    /// in review; where each diagnostic is (file, line, column, code) is pinned by the case's expected.txt.
    /// </summary>
    [Fact]
    public void Every_case_s_messages_and_fixes()
    {
        var text = new StringBuilder();
        foreach (var caseName in RegisterFixture.CaseNames())
        {
            using var fixture = RegisterFixture.Create(caseName);
            var diagnostics = fixture.Diagnostics(ReadLimits(Path.Combine(RegisterFixture.FixturesDirectory, caseName)));
            text.Append(caseName).Append('\n');
            foreach (var d in diagnostics)
            {
                text.Append("  ").Append(d.At).Append(": ").Append(d.Code).Append(": ").Append(d.Message).Append('\n');
                text.Append("    fix: ").Append(d.Fix).Append('\n');
            }
        }

        Approver.Verify(text.ToString().Replace(Path.GetTempPath(), "{Temp}/", StringComparison.Ordinal));
    }

    /// <summary>
    /// Codes that no fixture triggers, each with the reason, in one place. The coverage test below fails on any other
    /// code without a fixture, and on an entry here that a fixture does trigger (so the list only shrinks).
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> Untriggered = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Triggered by Hostile/FileSystemCases (code, file, line and column asserted there): a fixture folder in git
        // cannot hold a link, a FIFO, a device or a file name that is not valid UTF-8.
        ["REG300"] = "needs a link, FIFO or device in the register folder: Hostile/FileSystemCases",
        ["REG301"] = "needs a file name that is not valid UTF-8: Hostile/FileSystemCases",
        // The Art. 13/14 element codes below guard the views; an earlier rule refuses each gap first, at the same key, in
        // the same words a legal team needs. A text a notice shows that is missing or blank in one of its languages is
        // always REG005 or REG033 first, because a notice's languages are the register's (REG036). (REG124, and REG110,
        // REG118-REG120 besides, are also what a --templates override that leaves a part out is refused with, at the
        // template: fixtures reg118-template-without-rights, reg124-template-without-objection.)
        ["REG111"] = "unreachable from a register: REG093 requires the DPO's email, which makes the DPO reachable",
        ["REG112"] = "unreachable from a register: no purposes is REG047, a purpose without a description REG005, a blank description REG033",
        ["REG113"] = "unreachable from a register: an activity without data categories is REG049",
        ["REG114"] = "unreachable from a register: a legitimate-interests purpose without the interest is REG040, a blank interest REG033",
        ["REG115"] = "unreachable from a register: a recipient without a name is REG005, a blank name REG033, an unknown recipient REG023",
        ["REG117"] = "unreachable from a register: an activity without retention is REG060",
        ["REG119"] = "unreachable from a register: consent without how to withdraw it is REG042, a blank withdrawal text REG033",
        ["REG122"] = "unreachable from a register: a third-party or public source without a name is REG081, a blank name REG033",
        ["REG123"] = "unreachable from a register: automated decisions without logic, significance or consequences are REG078",
    };

    [Fact]
    public void Every_code_has_a_fixture_or_a_stated_reason()
    {
        var covered = RegisterFixture.CaseNames()
            .SelectMany(c => ReadExpected(Path.Combine(RegisterFixture.FixturesDirectory, c)))
            .Select(line => line.Split(' ')[^1])
            .ToHashSet(StringComparer.Ordinal);
        // The codes 'register explain --list' prints, one per line.
        var codes = RuleExplanation.List().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')[0]).ToList();
        Assert.True(codes.Count > 100 && codes.All(c => c.StartsWith("REG", StringComparison.Ordinal)), string.Join(", ", codes));

        var uncovered = codes.Where(c => !covered.Contains(c) && !Untriggered.ContainsKey(c)).ToList();
        var stale = Untriggered.Keys.Where(c => covered.Contains(c) || !codes.Contains(c)).ToList();

        Assert.True(uncovered.Count == 0, $"No fixture and no reason for: {string.Join(", ", uncovered)}. Add a case under Validation/Fixtures.");
        Assert.True(stale.Count == 0, $"Listed as untriggered but covered by a fixture, or no longer a code: {string.Join(", ", stale)}. Remove them from {nameof(Untriggered)}.");
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
