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
        var activityFiles = Directory.Exists(activityDir)
            ? Directory.EnumerateFiles(activityDir)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        foreach (var file in activityFiles)
        {
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

    private sealed class Context(string root, string displayRoot, YamlLimits limits)
    {
        public DiagnosticBag Diagnostics { get; } = new();

        public SourceFiles Sources { get; } = new();

        public T? ReadRequired<T>(string name)
            where T : ModelNode, new()
        {
            var path = Path.Combine(root, name);
            if (File.Exists(path))
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
            var path = Path.Combine(root, name);
            return File.Exists(path) ? Read<T>(path) : null;
        }

        public T? Read<T>(string path)
            where T : ModelNode, new()
        {
            var display = Display(path);
            var length = new FileInfo(path).Length;
            if (length > limits.MaxFileBytes)
            {
                Diagnostics.Report(Rules.FileTooLarge, SourceLocation.OfFile(display),
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"This file is {length:N0} bytes; the limit is {limits.MaxFileBytes:N0} bytes."),
                    "Split the file into smaller files, or raise the limit with --max-file-bytes if the size is intended.");
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            Sources.Add(display, bytes);
            var node = SafeYamlReader.Read(display, bytes, limits, Diagnostics);
            return node is null ? null : new ModelBinder(Diagnostics).Bind<T>(node);
        }

        public string Display(string path)
        {
            var relative = Path.GetRelativePath(displayRoot, path);
            var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
            return shown.Replace('\\', '/');
        }
    }
}
