using System.Text.RegularExpressions;
using Register.Diagnostics;
using Register.Model;
using Register.Rendering;
using Register.Tests.Approval;
using Register.Validation;
using Register.Views;
using Register.Views.Art30;
using Register.Views.Localization;

namespace Register.Tests.Rendering.Art30;

/// <summary>
/// Issue 10 item 6: the example's Art. 30 records are written in record voice (about the people concerned, never to
/// them), give each controller of a processor activity or where the list of them is kept (Art. 30(2)(a)), group the
/// measures by the points of Art. 32(1), and have no ".;", nested brackets or doubled source labels.
/// </summary>
public sealed class RecordWordingTests
{
    private static readonly string[] Languages = ["nl", "de", "en"];

    private static readonly Lazy<(RegisterModel Register, ViewInput Input, PhraseLibrary Phrases)> Example = new(() =>
    {
        var report = RegisterValidation.Run(Path.Combine(Approver.RepoRoot, "register"));
        var register = report.Register!;
        var diagnostics = new DiagnosticBag();
        var phrases = PhraseFiles.Load(TemplateSource.BuiltIn, Languages, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        var input = new ViewInput
        {
            Register = register,
            Vocabulary = Register.Vocabulary.Terminology.BuiltIn.With(register.Vocabulary),
            AsOf = register.Organisation.VersionDate,
        };
        return (register, input, phrases);
    });

    // The test's own list of words that address the reader, independent of the validator's (RecordVoice).
    private static readonly Dictionary<string, Regex> SpeaksToReader = new(StringComparer.Ordinal)
    {
        ["en"] = new(@"\b(you|your|yours|yourself)\b", RegexOptions.IgnoreCase),
        ["nl"] = new(@"\b(u|uw|uzelf|jij|jouw)\b", RegexOptions.IgnoreCase),
        ["de"] = new(@"(?<=[\p{Ll},] )(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b"),
    };

    public static TheoryData<string> LanguageCases() => new(Languages);

    private static IEnumerable<Art30RecordView> Records(string language) =>
        [Art30Views.Build(Example.Value.Input, Example.Value.Phrases.For(language)!, Art30RecordKind.Controller),
         Art30Views.Build(Example.Value.Input, Example.Value.Phrases.For(language)!, Art30RecordKind.Processor)];

    [Theory]
    [MemberData(nameof(LanguageCases))]
    public void No_record_entry_speaks_to_the_reader(string language)
    {
        var lines = Records(language)
            .SelectMany(r => r.Activities)
            .SelectMany(a => a.Fields.SelectMany(f => f.Values).Prepend(a.Name))
            .Where(v => SpeaksToReader[language].IsMatch(v))
            .ToList();

        Assert.True(lines.Count == 0, $"Record lines that speak to the reader:\n{string.Join("\n", lines)}");
    }

    [Theory]
    [MemberData(nameof(LanguageCases))]
    public void The_record_prints_a_text_s_record_wording_and_the_notice_keeps_its_own(string language)
    {
        var (register, _, _) = Example.Value;
        var activity = register.Activities.First(a => a.Name.Record?.Get(language) is not null);
        var entry = Records(language).SelectMany(r => r.Activities).Single(a => a.Id == activity.Id);

        Assert.Equal(activity.Name.Record!.Get(language), entry.Name);
        Assert.NotEqual(activity.Name[language], entry.Name);
        // The notice speaks to its reader: it keeps the text itself.
        var notice = File.ReadAllText(Path.Combine(Approver.RepoRoot, "output", "notices", $"privacy-debtors.{language}.md"));
        if (activity.Audiences.Contains("debtors"))
        {
            Assert.Contains(activity.Name[language], notice, StringComparison.Ordinal);
            Assert.DoesNotContain(activity.Name.Record.Get(language)!, notice, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(LanguageCases))]
    public void A_processor_activity_gives_where_the_list_of_its_controllers_is_kept(string language)
    {
        var (register, _, phrases) = Example.Value;
        var processor = Records(language).Single(r => r.Kind == Art30RecordKind.Processor);
        foreach (var activity in register.Activities.Where(a => a.Role == ActivityRole.Processor))
        {
            var controllers = processor.Activities.Single(a => a.Id == activity.Id).Fields.Single(f => f.Key == Art30FieldKey.Controllers);
            Assert.NotNull(activity.ControllerList);
            var label = new Art30Phrases(phrases.For(language)!).ControllerList;
            Assert.Contains($"{label}: {activity.ControllerList[language]}", controllers.Values);
        }
    }

    [Theory]
    [MemberData(nameof(LanguageCases))]
    public void Measures_are_grouped_by_the_points_of_article_32_1_the_register_gives_them(string language)
    {
        var (register, _, phrases) = Example.Value;
        var book = phrases.For(language)!;
        var entries = Records(language).SelectMany(r => r.Activities).ToDictionary(a => a.Id);
        foreach (var activity in register.Activities)
        {
            var lines = entries[activity.Id].Fields.Single(f => f.Key == Art30FieldKey.Security).Values;
            foreach (var measure in activity.SecurityMeasures.Select(id => register.Measures.Single(m => m.Id == id)))
            {
                Assert.NotEmpty(measure.Art32);
                foreach (var point in measure.Art32)
                {
                    var citation = Citations.Cite(new ArticleRef(32, 1, point.ToString().ToLowerInvariant()), book, register.Organisation.CitationStyle);
                    var line = Assert.Single(lines, l => l.StartsWith(citation + " (", StringComparison.Ordinal));
                    Assert.Contains(measure.Name[language], line, StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(LanguageCases))]
    public void Record_lines_have_no_doubled_punctuation_nested_brackets_or_doubled_source_labels(string language)
    {
        var (_, _, phrases) = Example.Value;
        var words = new Art30Phrases(phrases.For(language)!);
        var publicLabel = words.SourceName(SourceKind.Public);
        foreach (var record in Records(language))
        {
            foreach (var activity in record.Activities)
            {
                foreach (var field in activity.Fields)
                {
                    Assert.DoesNotContain(".;", field.Inline, StringComparison.Ordinal);
                    Assert.All(field.Values, v => Assert.True(BracketDepth(v) <= 1,
                        $"{activity.Id} {field.Key}: nested brackets in \"{v}\""));
                }

                var sources = activity.Fields.SingleOrDefault(f => f.Key == Art30FieldKey.Sources);
                Assert.All(sources?.Values ?? [], v => Assert.False(v.StartsWith(publicLabel + ":", StringComparison.Ordinal), v));
            }
        }
    }

    [Fact]
    public void A_cell_of_values_that_end_in_a_full_stop_reads_without_a_stop_before_the_separator()
    {
        var field = new Art30Field("retention", "Retention", null, ["Three years; then the data is deleted.", "call recordings: Three months.", "Adresbron B.V."]);

        Assert.Equal("Three years; then the data is deleted; call recordings: Three months; Adresbron B.V.", field.Inline);
    }

    // The brackets of an English citation ("Art. 45(3) GDPR") are part of the number, not of the sentence.
    private static int BracketDepth(string text)
    {
        int depth = 0, deepest = 0;
        foreach (var c in Regex.Replace(text, @"(?<=[\d)])\((\d+|[a-z])\)", ""))
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }
}
