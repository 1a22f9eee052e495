namespace Register.Rendering;

/// <summary>
/// The templates and phrase files a build uses: the built-in ones (embedded from templates/) with an organisation's
/// --templates folder on top. A file in the folder replaces the built-in file of the same path; phrase files are merged by key.
/// </summary>
public sealed class TemplateSource
{
    private const string ResourcePrefix = "Register.Templates.";
    private const long MaxOverrideBytes = 1024 * 1024;

    private static readonly Lazy<IReadOnlyDictionary<string, TemplateFile>> Embedded = new(ReadEmbedded);

    private readonly IReadOnlyDictionary<string, TemplateFile> _overrides;

    private TemplateSource(IReadOnlyDictionary<string, TemplateFile> overrides, string? overridesDirectory)
    {
        _overrides = overrides;
        OverridesDirectory = overridesDirectory;
    }

    /// <summary>Only the built-in templates.</summary>
    public static TemplateSource BuiltIn { get; } = new(new Dictionary<string, TemplateFile>(), null);

    public string? OverridesDirectory { get; }

    /// <summary>How often phrase files were loaded from this source (<see cref="PhraseFiles.Load"/>); a build loads them once.</summary>
    internal int PhraseLoads;

    /// <summary>Override files still written for Handlebars (<c>*.hbs</c>), which are no longer read; the build reports each.</summary>
    public IReadOnlyList<string> HandlebarsFiles { get; private init; } = [];

    /// <summary>The built-in templates with the files of <paramref name="overridesDirectory"/> on top (null: built-in only).</summary>
    public static TemplateSource WithOverrides(string? overridesDirectory, string? displayRoot = null)
    {
        if (overridesDirectory is null)
        {
            return BuiltIn;
        }

        var root = Path.GetFullPath(overridesDirectory);
        var shownRoot = Path.GetFullPath(displayRoot ?? Environment.CurrentDirectory);
        var files = new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
        var handlebars = new List<string>();
        if (Directory.Exists(root))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                var shown = Path.GetRelativePath(shownRoot, file).Replace('\\', '/');
                if (relative.EndsWith(".hbs", StringComparison.Ordinal))
                {
                    handlebars.Add(shown.StartsWith("..", StringComparison.Ordinal) ? file : shown);
                }

                if (!IsTemplateOrPhrase(relative) || new FileInfo(file).Length > MaxOverrideBytes)
                {
                    continue;
                }

                files[relative] = new TemplateFile(relative, shown.StartsWith("..", StringComparison.Ordinal) ? file : shown, File.ReadAllBytes(file));
            }
        }

        return new TemplateSource(files, root) { HandlebarsFiles = handlebars };
    }

    /// <summary>Every path available (built-in or overridden), in ordinal order.</summary>
    public IReadOnlyList<string> Paths => Embedded.Value.Keys.Union(_overrides.Keys).Order(StringComparer.Ordinal).ToList();

    /// <summary>The file that applies for a path: the organisation's when it has one, else the built-in one.</summary>
    public TemplateFile? Find(string path) =>
        _overrides.TryGetValue(path, out var own) ? own : Embedded.Value.GetValueOrDefault(path);

    public TemplateFile? FindBuiltIn(string path) => Embedded.Value.GetValueOrDefault(path);

    public TemplateFile? FindOverride(string path) => _overrides.GetValueOrDefault(path);

    /// <summary>The organisation's files that are used (templates and phrase files within the size limit), by path.</summary>
    public IReadOnlyList<TemplateFile> Overrides => _overrides.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Value).ToList();

    /// <summary>The languages with a phrase book (i18n/&lt;lang&gt;.yaml), built in or the organisation's (within the size limit).</summary>
    public IReadOnlySet<string> PhraseLanguages =>
        In("i18n").Where(p => p.EndsWith(".yaml", StringComparison.Ordinal)).Select(p => p["i18n/".Length..^".yaml".Length]).ToHashSet(StringComparer.Ordinal);

    /// <summary>The paths directly in a folder (e.g. "notice"), in ordinal order.</summary>
    public IReadOnlyList<string> In(string folder) =>
        Paths.Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal) && p.IndexOf('/', folder.Length + 1) < 0).ToList();

    private static bool IsTemplateOrPhrase(string path) =>
        path.EndsWith(".sbn", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal);

    private static IReadOnlyDictionary<string, TemplateFile> ReadEmbedded()
    {
        var assembly = typeof(TemplateSource).Assembly;
        var files = new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var path = name[ResourcePrefix.Length..].Replace('\\', '/');
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[path] = new TemplateFile(path, "templates/" + path, copy.ToArray());
        }

        return files;
    }
}
