using Register.Concurrency;
using Register.Diagnostics;
using Register.Loading.Binding;
using Register.Loading.Yaml;
using Register.Model;

namespace Register.Loading;

/// <summary>Reads a register folder: organisation.yaml, activities/*.yaml and the optional files beside them.</summary>
public static class RegisterLoader
{
    public const string OrganisationFile = "organisation.yaml";
    public const string ActivitiesFolder = "activities";
    public const string RecipientsFile = "recipients.yaml";
    public const string MeasuresFile = "measures.yaml";
    public const string VocabularyFile = "vocabulary.yaml";
    public const string NoticesFile = "notices.yaml";
    public const string ChangelogFile = "changelog.yaml";

    // The files beside the activities a register may leave out, in the order they are read, each bound to its model type.
    private static readonly (string Name, Func<string, FileRead> Read)[] OptionalFiles =
    [
        (RecipientsFile, path => FileRead.Of<RecipientsFile>(path, Presence.Optional)),
        (MeasuresFile, path => FileRead.Of<MeasuresFile>(path, Presence.Optional)),
        (VocabularyFile, path => FileRead.Of<VocabularyFile>(path, Presence.Optional)),
        (NoticesFile, path => FileRead.Of<NoticesFile>(path, Presence.Optional)),
        (ChangelogFile, path => FileRead.Of<ChangelogFile>(path, Presence.Optional)),
    ];

    /// <summary>Loads the register in <paramref name="directory"/>. Throws only for I/O failures, never for content.</summary>
    public static LoadResult Load(string directory, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
        var root = Path.GetFullPath(directory);
        var displayRoot = Path.GetFullPath(options.DisplayRoot ?? Environment.CurrentDirectory);
        var context = new Context(root, displayRoot, options.Limits);

        var activityDir = Path.Combine(root, ActivitiesFolder);
        var activityFiles = ActivityFiles(root);

        // The files in the order a loop would read them; read, parsed and bound on the workers, and taken back in this
        // order, so the diagnostics, the sources and the activities are those of one file after the other.
        FileRead[] reads =
        [
            FileRead.Of<Organisation>(Path.Combine(root, OrganisationFile), Presence.Required),
            .. activityFiles.Select(file => FileRead.Of<ProcessingActivity>(file, Presence.Listed)),
            .. OptionalFiles.Select(file => file.Read(Path.Combine(root, file.Name))),
        ];
        var read = OrderedWork.Run(reads.Length, Parallelism.Of(options.Parallelism), () => new ScalarPool(), (scalars, i) => context.Read(reads[i], scalars));

        var diagnostics = new DiagnosticBag();
        var sources = new SourceFiles();
        foreach (var (file, i) in read.Select((file, i) => (file, i)))
        {
            diagnostics.AddRange(file.Diagnostics);
            if (file.Source is { } source)
            {
                sources.Add(file.Display, source);
            }

            // After the organisation and the (no) activities, before the other files: where the loop reported it.
            if (i == 0 && activityFiles.Count == 0)
            {
                diagnostics.Report(Rules.MissingFile, SourceLocation.OfFile(context.Display(activityDir) + "/"),
                    "The register has no processing activities: the folder 'activities' is missing or holds no .yaml files.",
                    "Create activities/<id>.yaml for each processing activity; see docs/register-format.md.");
            }
        }

        // Each kind of file binds to a model type of its own, so each part is found by its type (null: not there, or not bound).
        var models = read.Select(file => file.Model).ToArray();
        T? Part<T>() where T : ModelNode => models.OfType<T>().FirstOrDefault();
        var register = Part<Organisation>() is not { } organisation
            ? null
            : new RegisterModel
            {
                Organisation = organisation,
                Activities = models.OfType<ProcessingActivity>().ToList(),
                Recipients = Part<RecipientsFile>()?.Recipients ?? [],
                Measures = Part<MeasuresFile>()?.Measures ?? [],
                Vocabulary = Part<VocabularyFile>() ?? new VocabularyFile(),
                Notices = Part<NoticesFile>()?.Notices ?? [],
                Changes = Part<ChangelogFile>()?.Changes ?? [],
            };
        return new LoadResult(register, diagnostics.ToSortedList(), sources);
    }

    /// <summary>
    /// Every path a load of the register at <paramref name="root"/> (a full path) reads, in the order it reads them:
    /// organisation.yaml, each activities/*.yaml entry, then the optional files, whether they exist or not.
    /// </summary>
    internal static IReadOnlyList<string> FilesOf(string root) =>
    [
        Path.Combine(root, OrganisationFile),
        .. ActivityFiles(root),
        .. OptionalFiles.Select(file => Path.Combine(root, file.Name)),
    ];

    /// <summary>How a path is shown in diagnostics: relative to <paramref name="displayRoot"/> unless outside it, '/'-separated, control characters as '?'.</summary>
    internal static string Display(string displayRoot, string path)
    {
        var relative = Path.GetRelativePath(displayRoot, path);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
        // A name that is not UTF-8 arrives with U+FFFD; control characters would reach the terminal or CI log: show '?'.
        return new string(shown.Replace('\\', '/').Select(c => char.IsControl(c) || c == '\uFFFD' ? '?' : c).ToArray());
    }

    // Every entry named *.yaml, not only files: a folder, link or FIFO of that name gets a diagnostic, not silence.
    private static List<string> ActivityFiles(string root)
    {
        var activityDir = Path.Combine(root, ActivitiesFolder);
        return UnixFileType.Of(activityDir) is UnixFileType.Kind.Directory or UnixFileType.Kind.Link && Directory.Exists(activityDir)
            ? Directory.EnumerateFileSystemEntries(activityDir)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>One file to read: where, what it holds, and what its absence means.</summary>
    private sealed record FileRead(string Path, Presence Presence, Func<ModelBinder, YNode, ModelNode> Bind)
    {
        public static FileRead Of<T>(string path, Presence presence)
            where T : ModelNode, new() => new(path, presence, static (binder, node) => binder.Bind<T>(node));
    }

    private enum Presence
    {
        /// <summary>Every register has one: its absence is reported.</summary>
        Required,

        /// <summary>May be left out.</summary>
        Optional,

        /// <summary>Found in a folder's listing (it may be gone by the time it is read, which the reader reports).</summary>
        Listed,
    }

    /// <summary>What one file gave: its model, its diagnostics in the order reported, and what is kept of its source.</summary>
    private sealed record FileResult(string Display, ModelNode? Model, DiagnosticBag Diagnostics, SourceFiles.Source? Source);

    /// <summary>What every read shares; nothing in it changes while the files are read, so any worker may use it.</summary>
    private sealed class Context(string root, string displayRoot, YamlLimits limits)
    {
        private readonly RegisterFileReader _files = new(root, limits);

        /// <summary>Reads, parses and binds one file, sharing scalars through the worker's own <paramref name="scalars"/>.</summary>
        public FileResult Read(FileRead file, ScalarPool scalars)
        {
            var diagnostics = new DiagnosticBag();
            var display = Display(file.Path);
            if (file.Presence != Presence.Listed && UnixFileType.Of(file.Path) == UnixFileType.Kind.Missing)
            {
                if (file.Presence == Presence.Required)
                {
                    var name = Path.GetFileName(file.Path);
                    diagnostics.Report(Rules.MissingFile, SourceLocation.OfFile(display),
                        $"The register has no {name}; every register needs one.",
                        $"Create {name}; 'register init' writes a starting point, and docs/register-format.md has an example.");
                }

                return new FileResult(display, null, diagnostics, null);
            }

            if (file.Presence == Presence.Listed && !HasShowableName(file.Path, diagnostics)
                || _files.Read(file.Path, display, diagnostics) is not { } bytes)
            {
                return new FileResult(display, null, diagnostics, null);
            }

            SourceFiles.Source? source = null;
            var node = SafeYamlReader.Read(display, bytes, limits, diagnostics, _ => source = SourceFiles.Of(file.Path, bytes), scalars);
            var model = node is null ? null : file.Bind(new ModelBinder(diagnostics), node);
            return new FileResult(display, model, diagnostics, source);
        }

        public string Display(string path) => RegisterLoader.Display(displayRoot, path);

        /// <summary>False (with a diagnostic) for a file name that is not UTF-8 or holds control characters: it is skipped, the rest is read.</summary>
        private bool HasShowableName(string path, DiagnosticBag diagnostics)
        {
            var name = Path.GetFileName(path);
            if (!name.Any(c => char.IsControl(c) || c == '\uFFFD'))
            {
                return true;
            }

            diagnostics.Report(Rules.UnreadableFileName, SourceLocation.OfFile(Display(path)),
                $"The name of '{Display(path)}' is not valid UTF-8 or holds control characters ('?' above), so the file is not read; the rest of the register is.",
                "Rename the file to a UTF-8 name of letters, digits and hyphens ending in .yaml.");
            return false;
        }
    }
}
