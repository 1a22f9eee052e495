using NodaTime;
using Register.Loading;
using Register.Diagnostics;
using Register.Loading.Yaml;
using Register.Pipeline;
using Register.Rendering;
using Register.Tests.Approval;
using Register.Validation;

namespace Register.Tests.Validation;

/// <summary>
/// A fixture case laid over the minimal valid register <c>Fixtures/_base</c> in a temporary folder.
/// A case folder holds the files that differ, <c>name.delete</c> to remove a base file, <c>expected.txt</c>
/// (one <c>file:line:col: severity CODE</c> per line) and optionally <c>options.txt</c> (<c>key=value</c> lines).
/// A case's <c>templates/</c> folder is an organisation's --templates folder, laid beside the register (not in it): the
/// case is then validated and built with it, as <c>register build --templates</c> would, and its files are shown as
/// <c>templates/…</c>.
/// </summary>
internal sealed class RegisterFixture : IDisposable
{
    public static readonly LocalDate Today = new(2026, 3, 1);

    public static string FixturesDirectory { get; } =
        Path.Combine(Approver.RepoRoot, "tests", "Register.Tests", "Validation", "Fixtures");

    private static readonly HashSet<string> ControlFiles = new(["expected.txt", "options.txt"], StringComparer.Ordinal);

    /// <summary>The folder of a case that holds its --templates overrides.</summary>
    public const string TemplatesFolder = "templates";

    private RegisterFixture(string root, string? templates)
    {
        Root = root;
        Templates = templates;
    }

    /// <summary>The register folder in the temporary copy.</summary>
    public string Root { get; }

    /// <summary>The case's --templates folder (outside <see cref="Root"/>), or null when the case has none.</summary>
    public string? Templates { get; }

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
        string? templates = null;
        if (caseName is not null)
        {
            var caseDir = Path.Combine(fixturesDirectory, caseName);
            if (Directory.Exists(Path.Combine(caseDir, TemplatesFolder)))
            {
                templates = Directory.CreateTempSubdirectory("register-fixture-templates-").FullName;
                CopyTree(Path.Combine(caseDir, TemplatesFolder), templates);
            }

            foreach (var file in Directory.EnumerateFiles(caseDir, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(caseDir, file);
                if (ControlFiles.Contains(relative) || relative.StartsWith(TemplatesFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
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

        return new RegisterFixture(root, templates);
    }

    /// <summary>Validates the copy with a fixed date (and the case's templates); paths in diagnostics are relative to the register root.</summary>
    public ValidationReport Validate(YamlLimits? limits = null) => RegisterValidation.Run(Root, Options(limits));

    /// <summary>
    /// What the case reports: the validator's diagnostics, and for a case with templates the build's as well (only
    /// --templates overrides add findings at build time), each file of the templates folder shown as <c>templates/…</c>.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics(YamlLimits? limits = null)
    {
        if (Templates is null)
        {
            return Validate(limits).Diagnostics;
        }

        var built = BuildPipeline.Render(Root, new BuildOptions { Validation = Options(limits), TemplatesDirectory = Templates });
        return built.Diagnostics.Select(d => d with { At = d.At with { File = Shown(d.At.File) } }).ToList();
    }

    /// <summary>Each diagnostic as <c>file:line:col: severity CODE</c>, in report order.</summary>
    public static IReadOnlyList<string> Summarise(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.At}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}").ToList();

    /// <summary>The same for a validation report.</summary>
    public static IReadOnlyList<string> Summarise(ValidationReport report) => Summarise(report.Diagnostics);

    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
        if (Templates is not null)
        {
            Directory.Delete(Templates, recursive: true);
        }
    }

    /// <summary>As 'register validate --templates' judges: the case's phrase books count, readability is measured as rendered (REG140).</summary>
    private ValidationOptions Options(YamlLimits? limits) => RenderedNoticeMeasure.Validating(
        new ValidationOptions { Today = Today, Load = new LoadOptions { DisplayRoot = Root, Limits = limits ?? YamlLimits.Default } },
        Templates is null ? TemplateEngine.BuiltIn : new TemplateEngine(TemplateSource.WithOverrides(Templates, Root)));

    private string Shown(string file)
    {
        var full = Path.GetFullPath(Templates!);
        return file.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? TemplatesFolder + "/" + Path.GetRelativePath(full, file).Replace('\\', '/')
            : file;
    }

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
