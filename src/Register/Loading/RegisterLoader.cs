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

    /// <summary>Loads the register in <paramref name="directory"/>. Throws only for I/O failures, never for content.</summary>
    public static LoadResult Load(string directory, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
        var root = Path.GetFullPath(directory);
        var displayRoot = Path.GetFullPath(options.DisplayRoot ?? Environment.CurrentDirectory);
        var context = new Context(root, displayRoot, options.Limits);

        var organisation = context.ReadRequired<Organisation>(OrganisationFile);
        var activities = new List<ProcessingActivity>();
        var activityDir = Path.Combine(root, ActivitiesFolder);
        // Every entry named *.yaml, not only files: a folder, link or FIFO of that name gets a diagnostic, not silence.
        var activityFiles = UnixFileType.Of(activityDir) is UnixFileType.Kind.Directory or UnixFileType.Kind.Link && Directory.Exists(activityDir)
            ? Directory.EnumerateFileSystemEntries(activityDir)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        foreach (var file in activityFiles)
        {
            if (!context.HasShowableName(file))
            {
                continue;
            }

            if (context.Read<ProcessingActivity>(file) is { } activity)
            {
                activities.Add(activity);
            }
        }

        if (activityFiles.Count == 0)
        {
            context.Diagnostics.Report(Rules.MissingFile, SourceLocation.OfFile(context.Display(activityDir) + "/"),
                "The register has no processing activities: the folder 'activities' is missing or holds no .yaml files.",
                "Create activities/<id>.yaml for each processing activity; see docs/register-format.md.");
        }

        var recipients = context.ReadOptional<RecipientsFile>(RecipientsFile)?.Recipients ?? [];
        var measures = context.ReadOptional<MeasuresFile>(MeasuresFile)?.Measures ?? [];
        var vocabulary = context.ReadOptional<VocabularyFile>(VocabularyFile) ?? new VocabularyFile();
        var notices = context.ReadOptional<NoticesFile>(NoticesFile)?.Notices ?? [];
        var changes = context.ReadOptional<ChangelogFile>(ChangelogFile)?.Changes ?? [];

        var register = organisation is null
            ? null
            : new RegisterModel
            {
                Organisation = organisation,
                Activities = activities,
                Recipients = recipients,
                Measures = measures,
                Vocabulary = vocabulary,
                Notices = notices,
                Changes = changes,
            };
        return new LoadResult(register, context.Diagnostics.ToSortedList(), context.Sources);
    }

    private sealed class Context
    {
        private readonly string _root;
        private readonly string _displayRoot;
        private readonly YamlLimits _limits;
        private readonly RegisterFileReader _files;
        private readonly ScalarPool _scalars = new();

        public Context(string root, string displayRoot, YamlLimits limits)
        {
            _root = root;
            _displayRoot = displayRoot;
            _limits = limits;
            _files = new RegisterFileReader(root, limits, Diagnostics);
        }

        public DiagnosticBag Diagnostics { get; } = new();

        public SourceFiles Sources { get; } = new();

        public T? ReadRequired<T>(string name)
            where T : ModelNode, new()
        {
            var path = Path.Combine(_root, name);
            if (UnixFileType.Of(path) != UnixFileType.Kind.Missing)
            {
                return Read<T>(path);
            }

            Diagnostics.Report(Rules.MissingFile, SourceLocation.OfFile(Display(path)),
                $"The register has no {name}; every register needs one.",
                $"Create {name}; 'register init' writes a starting point, and docs/register-format.md has an example.");
            return null;
        }

        public T? ReadOptional<T>(string name)
            where T : ModelNode, new()
        {
            var path = Path.Combine(_root, name);
            return UnixFileType.Of(path) != UnixFileType.Kind.Missing ? Read<T>(path) : null;
        }

        public T? Read<T>(string path)
            where T : ModelNode, new()
        {
            var display = Display(path);
            if (_files.Read(path, display) is not { } bytes)
            {
                return null;
            }

            var node = SafeYamlReader.Read(display, bytes, _limits, Diagnostics, _ => Sources.Add(display, path, bytes), _scalars);
            return node is null ? null : new ModelBinder(Diagnostics).Bind<T>(node);
        }

        public string Display(string path)
        {
            var relative = Path.GetRelativePath(_displayRoot, path);
            var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
            // A name that is not UTF-8 arrives with U+FFFD; control characters would reach the terminal or CI log: show '?'.
            return new string(shown.Replace('\\', '/').Select(c => char.IsControl(c) || c == '\uFFFD' ? '?' : c).ToArray());
        }

        /// <summary>False (with a diagnostic) for a file name that is not UTF-8 or holds control characters: it is skipped, the rest is read.</summary>
        public bool HasShowableName(string path)
        {
            var name = Path.GetFileName(path);
            if (!name.Any(c => char.IsControl(c) || c == '\uFFFD'))
            {
                return true;
            }

            Diagnostics.Report(Rules.UnreadableFileName, SourceLocation.OfFile(Display(path)),
                $"The name of '{Display(path)}' is not valid UTF-8 or holds control characters ('?' above), so the file is not read; the rest of the register is.",
                "Rename the file to a UTF-8 name of letters, digits and hyphens ending in .yaml.");
            return false;
        }
    }
}
