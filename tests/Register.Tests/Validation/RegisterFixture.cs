using NodaTime;
using Register.Loading;
using Register.Loading.Yaml;
using Register.Tests.Approval;
using Register.Validation;

namespace Register.Tests.Validation;

/// <summary>
/// A fixture case laid over the minimal valid register <c>Fixtures/_base</c> in a temporary folder.
/// A case folder holds the files that differ, <c>name.delete</c> to remove a base file, <c>expected.txt</c>
/// (one <c>file:line:col: severity CODE</c> per line) and optionally <c>options.txt</c> (<c>key=value</c> lines).
/// </summary>
internal sealed class RegisterFixture : IDisposable
{
    public static readonly LocalDate Today = new(2026, 3, 1);

    public static string FixturesDirectory { get; } =
        Path.Combine(Approver.RepoRoot, "tests", "Register.Tests", "Validation", "Fixtures");

    private static readonly HashSet<string> ControlFiles = new(["expected.txt", "options.txt"], StringComparer.Ordinal);

    private RegisterFixture(string root) => Root = root;

    /// <summary>The register folder in the temporary copy.</summary>
    public string Root { get; }

    public static IEnumerable<string> CaseNames() =>
        Directory.EnumerateDirectories(FixturesDirectory)
            .Select(Path.GetFileName)
            .Where(n => n is not null && !n.StartsWith('_'))
            .Select(n => n!)
            .Order(StringComparer.Ordinal);

    /// <summary>Copies the base register and, when given, lays a case over it.</summary>
    public static RegisterFixture Create(string? caseName = null) => Create(FixturesDirectory, caseName);

    /// <summary>The same for another folder of cases with its own <c>_base</c>.</summary>
    public static RegisterFixture Create(string fixturesDirectory, string? caseName)
    {
        var root = Directory.CreateTempSubdirectory("register-fixture-").FullName;
        CopyTree(Path.Combine(fixturesDirectory, "_base"), root);
        if (caseName is not null)
        {
            var caseDir = Path.Combine(fixturesDirectory, caseName);
            foreach (var file in Directory.EnumerateFiles(caseDir, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(caseDir, file);
                if (ControlFiles.Contains(relative))
                {
                    continue;
                }

                if (relative.EndsWith(".delete", StringComparison.Ordinal))
                {
                    File.Delete(Path.Combine(root, relative[..^".delete".Length]));
                    continue;
                }

                var target = Path.Combine(root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }

        return new RegisterFixture(root);
    }

    /// <summary>Validates the copy with a fixed date; paths in diagnostics are relative to the register root.</summary>
    public ValidationReport Validate(YamlLimits? limits = null) =>
        RegisterValidation.Run(Root, new ValidationOptions
        {
            Today = Today,
            Load = new LoadOptions { DisplayRoot = Root, Limits = limits ?? YamlLimits.Default },
        });

    /// <summary>Each diagnostic as <c>file:line:col: severity CODE</c>, in report order.</summary>
    public static IReadOnlyList<string> Summarise(ValidationReport report) =>
        report.Diagnostics.Select(d => $"{d.At}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}").ToList();

    public void Dispose() => Directory.Delete(Root, recursive: true);

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
