using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Register.Diagnostics;
using Register.Loading;
using Register.Model;
using Register.Readability;
using Register.Rendering;
using Register.Rendering.Formats;
using Register.Views;

namespace Register.Pipeline;

/// <summary>
/// The inputs hash of each document an incremental build may keep: the tool's build identity (Register.dll's module
/// version id, which changes with any change of the code, the built-in templates, phrases or vocabulary embedded in it),
/// the formats, the date the documents are made as of, every template and phrase file of the --templates folder, and the register files that
/// feed the document. A notice in one language is fed by every register file that is not an activity, plus the files of
/// the activities it covers (<see cref="NoticeCoverage"/>: the notice views read no other activity); an Art. 30 record by
/// every register file; a DPO report by its record's inputs, the findings and the notices' readability (<see cref="Report"/>).
/// </summary>
internal static class DocumentInputs
{
    /// <summary>The tool's build identity: Register.dll's module version id and informational version.</summary>
    internal static readonly string ToolIdentity =
        typeof(DocumentInputs).Assembly.ManifestModule.ModuleVersionId.ToString("N") + " " +
        (typeof(DocumentInputs).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "");

    /// <summary>Document id → inputs hash; <paramref name="templates"/> are the ones the build renders with (their bytes as read once).</summary>
    public static IReadOnlyDictionary<string, string> Of(
        RegisterModel register, SourceFiles sources, DocumentViews views, IReadOnlyList<OutputFormat> formats, LocalDate asOf, TemplateSource templates)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var common = new StringBuilder();
        common.Append("tool ").Append(ToolIdentity).Append('\n')
            .Append("formats ").AppendJoin(',', formats.Select(f => f.Name)).Append('\n')
            .Append("as-of ").Append(LocalDatePattern.Iso.Format(asOf)).Append('\n');
        // The organisation's templates as the build read them (TemplateSource): the same bytes it renders with.
        foreach (var file in templates.Overrides)
        {
            common.Append("template ").Append(file.Path).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(file.Content))).Append('\n');
        }

        var activityFiles = register.Activities.Select(a => a.At.File).ToHashSet(StringComparer.Ordinal);
        foreach (var path in sources.Paths.Where(p => !activityFiles.Contains(p)).Order(StringComparer.Ordinal))
        {
            common.Append("file ").Append(path).Append(' ').Append(sources.HashOf(path)).Append('\n');
        }

        var shared = common.ToString();
        foreach (var (notice, language) in views.Keys.Notices)
        {
            var text = new StringBuilder(shared).Append("notice ").Append(notice.Id).Append(' ').Append(language).Append('\n');
            foreach (var file in NoticeCoverage.Activities(notice, register).Select(a => a.At.File).Distinct(StringComparer.Ordinal))
            {
                text.Append("activity ").Append(file).Append(' ').Append(sources.HashOf(file)).Append('\n');
            }

            inputs[DocumentRendering.IdOf(notice, language)] = Hash(text.ToString());
        }

        var everything = new StringBuilder(shared);
        foreach (var file in activityFiles.Order(StringComparer.Ordinal))
        {
            everything.Append("activity ").Append(file).Append(' ').Append(sources.HashOf(file)).Append('\n');
        }

        var all = everything.ToString();
        foreach (var (kind, language) in views.Keys.Records)
        {
            inputs[DocumentRendering.IdOf(kind, language)] = Hash(all + "record\n");
        }

        return inputs;
    }

    /// <summary>
    /// The inputs hash of a DPO report: its language's controller record's (every register file, the tool, the formats,
    /// the as-of date, the templates), the findings it lists and the readability of the notices as this build measured or
    /// kept them.
    /// </summary>
    public static string Report(string recordInputs, IEnumerable<Diagnostic> findings, IEnumerable<NoticeReadability> readability)
    {
        var text = new StringBuilder("report\n").Append(recordInputs).Append('\n');
        foreach (var d in findings)
        {
            Field(text, "finding", $"{d.Severity} {d.Code} {d.At.File}:{d.At.Line}:{d.At.Column}");
            Field(text, "message", d.Message);
            Field(text, "fix", d.Fix ?? "");
        }

        foreach (var (id, output, score) in readability)
        {
            Field(text, "readability", string.Create(CultureInfo.InvariantCulture,
                $"{id} {output} {score.Language} {score.Words} {score.Sentences} {score.Syllables} {score.ReadingMinutes} {score.Index} {score.Value:R} {score.AverageSentenceLength:R} {score.AverageSyllablesPerWord:R} {score.Band}"));
            foreach (var sentence in score.LongestSentences)
            {
                Field(text, "sentence", sentence);
            }
        }

        return Hash(text.ToString());
    }

    // A field of free text, its length first: no text can pass for another field.
    private static void Field(StringBuilder text, string name, string value) =>
        text.Append(name).Append(' ').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
