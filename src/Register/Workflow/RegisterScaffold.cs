using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Register.Schema;

namespace Register.Workflow;

/// <summary>
/// <c>register init</c>: writes a small register that validates clean and builds (organisation, one activity, a notice,
/// a change log, the schemas, a local tool manifest and a GitHub Actions workflow), never overwriting a file that is already there.
/// </summary>
public static partial class RegisterScaffold
{
    /// <summary>The register folder inside the repository, where every command looks by default.</summary>
    public const string RegisterFolder = "register";

    /// <summary>The NuGet package id of the tool (NuGet ids are global, so not a generic word); its command is <c>register</c>.</summary>
    public const string PackageId = "GdprRegister.Tool";

    /// <summary>The files init writes, relative to the repository folder, with their content.</summary>
    /// <param name="feed">A package source (URL or folder) for the tool; null for the public NuGet feed.</param>
    public static IReadOnlyList<(string Path, string Content)> Files(string? feed = null)
    {
        var files = new List<(string, string)>
        {
            (RegisterFolder + "/organisation.yaml", WithModeline(RegisterFileKind.Organisation, "organisation.yaml")),
            (RegisterFolder + "/activities/contact-form.yaml", WithModeline(RegisterFileKind.Activity, "contact-form.yaml")),
            (RegisterFolder + "/notices.yaml", WithModeline(RegisterFileKind.Notices, "notices.yaml")),
            (RegisterFolder + "/changelog.yaml", WithModeline(RegisterFileKind.Changelog, "changelog.yaml")),
        };
        files.AddRange(RegisterFileKind.All.Select(kind =>
            ($"{RegisterFolder}/{SchemaWriter.RegisterFolder}/{kind.SchemaFileName}", RegisterSchema.Render(kind, SchemaIds.BuiltIn))));
        files.Add((".config/dotnet-tools.json", ToolManifest()));
        files.Add((".github/workflows/register.yml", Workflow()));
        if (feed is not null)
        {
            files.Add(("nuget.config", NuGetConfig(feed)));
        }

        return files;
    }

    /// <summary>
    /// Writes the files into <paramref name="directory"/>; returns the paths written, or the ones that already exist
    /// (then nothing is written at all).
    /// </summary>
    public static ScaffoldResult Create(string directory, string? feed = null)
    {
        var files = Files(feed);
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
            "{{PackageId.ToLowerInvariant()}}": {
              "version": "{{ToolVersion}}",
              "commands": [
                "register"
              ],
              "rollForward": false
            }
          }
        }

        """;

    /// <summary>
    /// A nuget.config whose only source is <paramref name="feed"/>, so <c>dotnet tool restore</c> finds the tool there
    /// (a private feed, or a folder holding the downloaded .nupkg) and nowhere else.
    /// </summary>
    public static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <!-- Written by register init: the package source that 'dotnet tool restore' gets {PackageId} from. -->
        <configuration>
          <packageSources>
            <clear />
            <add key="register" value="{System.Security.SecurityElement.Escape(feed)}" />
          </packageSources>
        </configuration>

        """;

    /// <summary>
    /// How <paramref name="feed"/> is written into the nuget.config in <paramref name="directory"/>: a URL as given, a folder
    /// inside the repository relative to it (NuGet resolves it against the config file), any other folder absolute.
    /// Null when it is neither a http(s) URL nor an existing folder.
    /// </summary>
    public static string? FeedSource(string directory, string feed)
    {
        if (Uri.TryCreate(feed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return feed;
        }

        if (!Directory.Exists(feed))
        {
            return null;
        }

        var full = Path.GetFullPath(feed);
        var relative = Path.GetRelativePath(Path.GetFullPath(directory), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }

    /// <summary>The example workflow (docs/github-actions-register.yml) with the tool version this init writes into the manifest.</summary>
    public static string Workflow() => VersionLine().Replace(
        Resource("github-actions-register.yml"), $"REGISTER_VERSION: \"{ToolVersion}\"", 1);

    /// <summary>The version of this tool, as NuGet writes it (major.minor.patch).</summary>
    public static string ToolVersion { get; } = typeof(RegisterScaffold).Assembly.GetName().Version is { } v
        ? $"{v.Major}.{v.Minor}.{v.Build}"
        : "0.1.0";

    [GeneratedRegex("REGISTER_VERSION: \"[^\"]*\"")]
    private static partial Regex VersionLine();

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
