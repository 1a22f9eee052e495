using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Register.Loading;
using Register.Rendering;
using Register.Rendering.Formats;

namespace Register.Pipeline;

/// <summary>
/// Everything a build's diagnostics and files follow from, hashed: the tool's build identity (which covers the built-in
/// templates, phrases and vocabulary), the options that change them (formats, the dates, the review period, the file
/// limits), the --templates files as the build read them, and the type, size and bytes of every path the register's load
/// reads (<see cref="RegisterLoader.FilesOf"/>), each path as diagnostics show it. Loading and validation read nothing
/// else (never the clock), so two builds with one fingerprint give the same verdict and the same files: a build that finds
/// the last build's fingerprint, with its files as written, replays that build's verdict instead of loading the register
/// (<see cref="BuildPipeline"/>). Only a register of plain files has one: a link, folder or other entry where the load
/// reads a file, or a file larger than the load accepts, leaves the build to load the register and say what is wrong.
/// </summary>
internal sealed class BuildFingerprint
{
    private readonly Dictionary<string, SourceFiles.Source> _files;

    private BuildFingerprint(string hash, Dictionary<string, SourceFiles.Source> files)
    {
        Hash = hash;
        _files = files;
    }

    /// <summary>The lowercase hex SHA-256 of everything above.</summary>
    public string Hash { get; }

    /// <summary>
    /// The fingerprint of a build of the register in <paramref name="registerDirectory"/> with <paramref name="options"/>,
    /// rendering <paramref name="formats"/> with <paramref name="templates"/>; null when it has none (see above).
    /// </summary>
    public static BuildFingerprint? Of(string registerDirectory, BuildOptions options, IReadOnlyList<OutputFormat> formats, TemplateSource templates)
    {
        var load = options.Validation.Load;
        var root = Path.GetFullPath(registerDirectory);
        var displayRoot = Path.GetFullPath(load.DisplayRoot ?? Environment.CurrentDirectory);
        if (UnixFileType.Of(Path.Combine(root, RegisterLoader.ActivitiesFolder)) != UnixFileType.Kind.Directory)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append("tool ").Append(DocumentInputs.ToolIdentity).Append('\n')
            .Append("formats ").AppendJoin(',', formats.Select(f => f.Name)).Append('\n')
            .Append("as-of ").Append(Date(options.AsOf)).Append('\n')
            .Append("validation-as-of ").Append(Date(options.Validation.AsOf)).Append('\n')
            .Append("today ").Append(Date(options.Validation.Today)).Append('\n')
            .Append("review-months ").Append(options.Validation.ReviewMonths.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("limits ").Append(load.Limits).Append('\n')
            .Append("phrase-languages ").AppendJoin(',', (options.Validation.PhraseLanguages ?? templates.PhraseLanguages).Order(StringComparer.Ordinal)).Append('\n');
        // Paths as diagnostics show them (relative to the display folder), not where the register is on this machine: the
        // cache, and its verdict, are the same on every machine that builds the same register from the same place.
        Field(text, "root", RegisterLoader.Display(displayRoot, root));
        foreach (var file in templates.Overrides)
        {
            Field(text, "template", file.Path);
            text.Append(Convert.ToHexStringLower(SHA256.HashData(file.Content))).Append('\n');
        }

        var files = new Dictionary<string, SourceFiles.Source>(StringComparer.Ordinal);
        foreach (var path in RegisterLoader.FilesOf(root))
        {
            var display = RegisterLoader.Display(displayRoot, path);
            Field(text, "file", display);
            switch (UnixFileType.Of(path))
            {
                case UnixFileType.Kind.Missing:
                    text.Append("missing\n");
                    continue;
                case UnixFileType.Kind.Regular when new FileInfo(path).Length <= load.Limits.MaxFileBytes:
                    var bytes = File.ReadAllBytes(path);
                    var source = SourceFiles.Of(path, bytes);
                    files[display] = source;
                    text.Append(source.Length.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(source.Sha256).Append('\n');
                    continue;
                default:
                    return null;
            }
        }

        return new BuildFingerprint(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))), files);
    }

    /// <summary>
    /// The register files a replayed verdict quotes, as the last build's load kept them (<paramref name="paths"/>, by display
    /// path, in the order read), each as fingerprinted now; null when one of them is not among the files fingerprinted.
    /// </summary>
    public SourceFiles? Sources(IEnumerable<string> paths)
    {
        var sources = new SourceFiles();
        foreach (var path in paths)
        {
            if (!_files.TryGetValue(path, out var source))
            {
                return null;
            }

            sources.Add(path, source);
        }

        return sources;
    }

    /// <summary>
    /// True when a load read exactly the files fingerprinted, with the same bytes: a file changed, added or removed while
    /// the build ran would otherwise record a verdict under a fingerprint it does not belong to.
    /// </summary>
    public bool Matches(SourceFiles sources) =>
        sources.Paths.Count == _files.Count && sources.Paths.All(path => _files.TryGetValue(path, out var file) && file.Sha256 == sources.HashOf(path));

    private static string Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : "-";

    // A path, its length first: no path can pass for another field.
    private static void Field(StringBuilder text, string name, string value) =>
        text.Append(name).Append(' ').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
}
