using Register.Diagnostics;
using System.Text;
using Register.Loading;
using Register.Tests.Approval;
using Register.Validation;

namespace Register.Tests.Validation;

/// <summary>
/// Damaged registers give diagnostics, never exceptions: every line of the base register deleted in turn, every value
/// replaced by values of the wrong shape, and the example register cut off at many places. Each damage must be
/// reported with a diagnostic; the few that leave a register that is still valid are listed in an approval file
/// (<c>RobustnessTests.{test}.verified.txt</c>), so a damage that newly passes unreported fails the test.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] WrongShapes = ["", "[]", "{x: {y: z}}", "-1", "unlimited", "2026-02-30", "*x"];

    [Fact]
    public void Deleting_any_line_of_the_base_register_never_throws()
    {
        using var fixture = RegisterFixture.Create();
        var unreported = new List<string>();
        var runs = 0;
        foreach (var file in YamlFiles(fixture.Root))
        {
            var original = File.ReadAllLines(file);
            for (var i = 0; i < original.Length; i++)
            {
                File.WriteAllLines(file, original.Where((_, index) => index != i));
                var what = $"{Relative(fixture.Root, file)} without line {i + 1}: {original[i].Trim()}";
                if (AssertDiagnosticsOnly(fixture.Root, what) == 0)
                {
                    unreported.Add(what);
                }

                runs++;
            }

            File.WriteAllLines(file, original);
        }

        Assert.True(runs > 50);
        Approver.Verify(Listing(unreported, runs));
    }

    [Fact]
    public void Replacing_any_value_of_the_base_register_with_a_wrong_shape_never_throws()
    {
        using var fixture = RegisterFixture.Create();
        var unreported = new List<string>();
        var runs = 0;
        foreach (var file in YamlFiles(fixture.Root))
        {
            var original = File.ReadAllLines(file);
            for (var i = 0; i < original.Length; i++)
            {
                var colon = original[i].IndexOf(": ", StringComparison.Ordinal);
                var dash = original[i].TrimStart().StartsWith("- ", StringComparison.Ordinal);
                if (colon < 0 && !dash)
                {
                    continue;
                }

                var keep = colon >= 0 ? original[i][..(colon + 2)] : original[i][..(original[i].IndexOf('-', StringComparison.Ordinal) + 2)];
                foreach (var shape in WrongShapes)
                {
                    var damaged = (string[])original.Clone();
                    damaged[i] = keep + shape;
                    File.WriteAllLines(file, damaged);
                    var what = $"{Relative(fixture.Root, file)} line {i + 1} = '{damaged[i].Trim()}'";
                    if (AssertDiagnosticsOnly(fixture.Root, what) == 0)
                    {
                        unreported.Add(what);
                    }

                    runs++;
                }
            }

            File.WriteAllLines(file, original);
        }

        Approver.Verify(Listing(unreported, runs));
    }

    [Fact]
    public void Cutting_off_the_example_register_files_anywhere_never_throws()
    {
        var copy = Directory.CreateTempSubdirectory("register-cut-").FullName;
        var unreported = new List<string>();
        var runs = 0;
        try
        {
            CopyTree(Path.Combine(Approver.RepoRoot, "register"), copy);
            foreach (var file in YamlFiles(copy))
            {
                var bytes = File.ReadAllBytes(file);
                for (var step = 1; step < 4; step++)
                {
                    // Cuts land inside keys, values, multi-byte characters and indentation alike.
                    File.WriteAllBytes(file, bytes[..(bytes.Length * step / 4)]);
                    var what = $"{Relative(copy, file)} cut at {step}/4";
                    if (AssertDiagnosticsOnly(copy, what) == 0)
                    {
                        unreported.Add(what);
                    }

                    runs++;
                }

                File.WriteAllBytes(file, bytes);
            }
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }

        Approver.Verify(Listing(unreported, runs));
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static string Listing(List<string> unreported, int runs) =>
        $"{runs - unreported.Count} of {runs} damaged registers reported; these still validate without a finding:\n"
        + string.Concat(unreported.Select(u => "  " + u + "\n"));

    /// <summary>Validates, fails on an exception or a diagnostic without place or message, and returns the number of errors and warnings.</summary>
    private static int AssertDiagnosticsOnly(string root, string what)
    {
        ValidationReport report;
        try
        {
            report = RegisterValidation.Run(root, new ValidationOptions
            {
                Today = RegisterFixture.Today,
                Load = new LoadOptions { DisplayRoot = root },
            });
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"Validating {what} threw: {ex}");
        }

        foreach (var d in report.Diagnostics)
        {
            Assert.True(d.At.File is { Length: > 0 } && d.At.Line >= 1 && d.At.Column >= 1, $"{what}: {d.Code} has no real place: {d.At}.");
            Assert.False(string.IsNullOrWhiteSpace(d.Message), $"{what}: {d.Code} has no message.");
            Assert.False(string.IsNullOrWhiteSpace(d.Fix), $"{what}: {d.Code} has no fix.");
        }

        return report.Diagnostics.Count(d => d.Severity is Severity.Error or Severity.Warning);
    }

    private static IEnumerable<string> YamlFiles(string root) =>
        Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}schema{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
