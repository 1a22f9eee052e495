using Register.Model;

namespace Register.Workflow.Diff;

/// <summary>How a diff names things: texts in one language, recipients and vocabulary terms by their label.</summary>
internal sealed class DiffNames(RegisterModel before, RegisterModel after, string language)
{
    public string Language { get; } = language;

    /// <summary>A text in the diff's language, else in the first language it has; "" when empty.</summary>
    public string Text(LocalizedText? text) =>
        text is null || text.IsEmpty ? "" : text.Get(Language) ?? text.Values.OrderBy(v => v.Key, StringComparer.Ordinal).First().Value;

    public string Activity(ProcessingActivity activity) => Or(Text(activity.Name), activity.Id);

    public string Recipient(string id) =>
        Or(Text((after.Recipients.FirstOrDefault(r => r.Id == id) ?? before.Recipients.FirstOrDefault(r => r.Id == id))?.Name), id);

    public string Measure(string id) =>
        Or(Text((after.Measures.FirstOrDefault(m => m.Id == id) ?? before.Measures.FirstOrDefault(m => m.Id == id))?.Name), id);

    public string DataCategory(string id) => Term(id, v => v.DataCategories);

    public string DataSubject(string id) => Term(id, v => v.DataSubjects);

    public string List(IEnumerable<string> items) => string.Join(", ", items);

    public static string Choice<T>(T value)
        where T : struct, Enum => Naming.ToYamlKey(value.ToString());

    /// <summary>Two texts are the same when they are the same in every language, and so is their wording for the record.</summary>
    public static bool Same(LocalizedText? a, LocalizedText? b) => SameText(a, b) && SameText(a?.Record, b?.Record);

    /// <summary>The two versions of a changed text to show: the text, or its record wording when only that changed.</summary>
    public (string Before, string After) Versions(LocalizedText? was, LocalizedText? now) =>
        SameText(was, now) ? (Record(was), Record(now)) : (Text(was), Text(now));

    private string Record(LocalizedText? text) => text?.Record is { IsEmpty: false } record ? "(Art. 30 record) " + Text(record) : "";

    /// <summary>Two texts are the same in every language (their record wording aside).</summary>
    public static bool SameText(LocalizedText? a, LocalizedText? b)
    {
        var left = a?.Values ?? new Dictionary<string, string>();
        var right = b?.Values ?? new Dictionary<string, string>();
        return left.Count == right.Count && left.All(pair => right.TryGetValue(pair.Key, out var other) && other == pair.Value);
    }

    // The register's own labels when it defines the term; otherwise the id, which is the built-in term's name.
    private string Term(string id, Func<VocabularyFile, IReadOnlyList<VocabularyTerm>> terms) =>
        Or(Text((terms(after.Vocabulary).FirstOrDefault(t => t.Id == id) ?? terms(before.Vocabulary).FirstOrDefault(t => t.Id == id))?.Label), id);

    private static string Or(string text, string fallback) => text.Length > 0 ? text : fallback;
}
