using Register.Model;

namespace Register.Schema;

/// <summary>A kind of register file, the model record its content binds to, and the name of its schema file.</summary>
public sealed record RegisterFileKind(string Name, Type Root, string Title, string Pattern)
{
    public static RegisterFileKind Organisation { get; } =
        new("organisation", typeof(Organisation), "Register: the organisation (controller)", "organisation.yaml");

    public static RegisterFileKind Activity { get; } =
        new("activity", typeof(ProcessingActivity), "Register: one processing activity", "activities/*.yaml");

    public static RegisterFileKind Recipients { get; } =
        new("recipients", typeof(RecipientsFile), "Register: recipients", "recipients.yaml");

    public static RegisterFileKind Measures { get; } =
        new("measures", typeof(MeasuresFile), "Register: security measures", "measures.yaml");

    public static RegisterFileKind Vocabulary { get; } =
        new("vocabulary", typeof(VocabularyFile), "Register: the organisation's own vocabulary", "vocabulary.yaml");

    public static RegisterFileKind Notices { get; } =
        new("notices", typeof(NoticesFile), "Register: privacy notices to render", "notices.yaml");

    public static RegisterFileKind Changelog { get; } =
        new("changelog", typeof(ChangelogFile), "Register: dated changes shown in the notices", "changelog.yaml");

    /// <summary>Every kind, in the order the loader reads them.</summary>
    public static IReadOnlyList<RegisterFileKind> All { get; } =
        [Organisation, Activity, Recipients, Measures, Vocabulary, Notices, Changelog];

    /// <summary>The schema's file name, e.g. <c>activity.schema.json</c>.</summary>
    public string SchemaFileName => $"{Name}.schema.json";

    /// <summary>The kind of a register file from its path relative to the register folder ('/'-separated); null when it is none.</summary>
    public static RegisterFileKind? ForPath(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        if (path.StartsWith("activities/", StringComparison.Ordinal) && path.IndexOf('/', 11) < 0
            && (path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal)))
        {
            return Activity;
        }

        return All.FirstOrDefault(k => k != Activity && k.Pattern == path);
    }
}
