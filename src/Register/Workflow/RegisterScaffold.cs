using System.Reflection;
using System.Text;
using Register.Schema;

namespace Register.Workflow;

/// <summary>
/// <c>register init</c>: writes a small register that validates clean and builds (organisation, one activity, a notice,
/// a change log, the schemas, a local tool manifest and a GitHub Actions workflow), never overwriting a file that is already there.
/// </summary>
public static class RegisterScaffold
{
    /// <summary>The register folder inside the repository, where every command looks by default.</summary>
    public const string RegisterFolder = "register";

    /// <summary>The files init writes, relative to the repository folder, with their content.</summary>
    public static IReadOnlyList<(string Path, string Content)> Files()
    {
        var files = new List<(string, string)>
        {
            (RegisterFolder + "/organisation.yaml", WithModeline(RegisterFileKind.Organisation, "organisation.yaml")),
            (RegisterFolder + "/activities/contact-form.yaml", WithModeline(RegisterFileKind.Activity, "contact-form.yaml")),
            (RegisterFolder + "/notices.yaml", WithModeline(RegisterFileKind.Notices, "notices.yaml")),
            (RegisterFolder + "/changelog.yaml", WithModeline(RegisterFileKind.Changelog, "changelog.yaml")),
        };
        files.AddRange(RegisterFileKind.All.Select(kind =>
            ($"{RegisterFolder}/{SchemaWriter.RegisterFolder}/{kind.SchemaFileName}", RegisterSchema.Render(kind))));
        files.Add((".config/dotnet-tools.json", ToolManifest()));
        files.Add((".github/workflows/register.yml", Resource("github-actions-register.yml")));
        return files;
    }

    /// <summary>
    /// Writes the files into <paramref name="directory"/>; returns the paths written, or the ones that already exist
    /// (then nothing is written at all).
    /// </summary>
    public static ScaffoldResult Create(string directory)
    {
        var files = Files();
        var existing = files.Where(f => File.Exists(Path.Combine(directory, f.Path))).Select(f => f.Path).ToList();
        if (existing.Count > 0)
        {
            return new ScaffoldResult([], existing);
        }

        foreach (var (path, content) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(false).GetBytes(content));
        }

        return new ScaffoldResult(files.Select(f => f.Path).ToList(), []);
    }

    /// <summary>The local tool manifest that makes <c>dotnet tool restore &amp;&amp; dotnet register validate</c> work.</summary>
    public static string ToolManifest() => $$"""
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "register.tool": {
              "version": "{{ToolVersion}}",
              "commands": [
                "register"
              ],
              "rollForward": false
            }
          }
        }

        """;

    /// <summary>The version of this tool, as NuGet writes it (major.minor.patch).</summary>
    public static string ToolVersion { get; } = typeof(RegisterScaffold).Assembly.GetName().Version is { } v
        ? $"{v.Major}.{v.Minor}.{v.Build}"
        : "0.1.0";

    private static string WithModeline(RegisterFileKind kind, string resource) =>
        SchemaWriter.ModelineFor(kind) + "\n" + Resource(resource);

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Register.Scaffold." + name)
            ?? throw new InvalidOperationException($"The scaffold file {name} is not embedded in the library.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
