using System.Text;
using System.Text.RegularExpressions;
using Register.Diagnostics;
using Register.Output;
using Register.Readability;
using Register.Views;
using Register.Views.Completeness;

namespace Register.Rendering.Notices;

/// <summary>
/// Renders every notice of the register in each of its languages: Markdown (canonical), a standalone HTML page,
/// an HTML fragment and the resolved view as JSON, under <c>notices/&lt;output&gt;.&lt;lang&gt;.*</c>.
/// </summary>
public sealed partial class NoticeProducer : IOutputProducer
{
    public const string Folder = "notices";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public IEnumerable<OutputFile> Produce(BuildInput input)
    {
        var register = input.Register;
        var engine = input.Templates;
        var languages = register.Notices.SelectMany(n => NoticeCoverage.Languages(n, register));
        var phrases = PhraseLibrary.Load(engine.Source, languages, input.Diagnostics);
        var files = new List<OutputFile>();
        foreach (var notice in register.Notices)
        {
            if (!OutputName().IsMatch(notice.Output))
            {
                input.Diagnostics.Report(Rules.OutputPathInvalid, notice.LocationOf("output"),
                    $"The output name '{notice.Output}' of notice '{notice.Id}' is not allowed: it must be lowercase letters, digits and '-', starting with a letter or digit.",
                    "Use a name such as 'privacy-website'.");
                continue;
            }

            foreach (var language in NoticeCoverage.Languages(notice, register))
            {
                if (phrases.For(language) is not { } book)
                {
                    continue;
                }

                var context = new Views.NoticeContext(register, input.Vocabulary, book, input.AsOf, input.Diagnostics);
                var view = NoticeViewBuilder.Build(notice, context);
                NoticeCompleteness.Check(notice, view, context);
                try
                {
                    files.AddRange(Render(notice.Output, view, engine, book, out var readability));
                    input.Readability.Record(new NoticeReadability(notice.Id, notice.Output, readability));
                    CheckReadability(notice, readability, input.Diagnostics);
                }
                catch (TemplateException e)
                {
                    TemplateErrors.Report(e, input.Diagnostics);
                }
            }
        }

        return files;
    }

    /// <summary>The four files of one notice in one language.</summary>
    public static IReadOnlyList<OutputFile> Render(string output, NoticeView view, TemplateEngine engine, Views.Localization.PhraseBook phrases) =>
        Render(output, view, engine, phrases, out _);

    /// <summary>The four files of one notice in one language, and the readability of its text.</summary>
    public static IReadOnlyList<OutputFile> Render(string output, NoticeView view, TemplateEngine engine, Views.Localization.PhraseBook phrases, out ReadabilityScore readability)
    {
        var stem = $"{Folder}/{output}.{view.Language}";
        var markdown = MarkdownTidy.Tidy(engine.Render("notice/notice.md.sbn", view, phrases));
        // Section ids from the register are the stable anchors of the published page; the first section with a title wins.
        var anchors = view.Sections
            .GroupBy(s => s.Title, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var html = MarkdownHtml.Render(markdown, anchors);
        readability = TextStatistics.Measure(MarkdownBlocks.Of(markdown), view.Language);
        var page = engine.Render(
            "notice/page.html.sbn",
            new NoticePage(view.Language, view.Title, new TrustedText(html.Body), html.Headings.Where(h => h.Level == 2).ToList(), view.OtherLanguages),
            phrases);
        var fragment = engine.Render("notice/fragment.html.sbn", new NoticePage(view.Language, view.Title, new TrustedText(html.Body), [], []), phrases);
        return
        [
            new OutputFile(stem + ".md", Utf8.GetBytes(markdown)),
            new OutputFile(stem + ".html", Utf8.GetBytes(MarkdownTidy.Tidy(page))),
            new OutputFile(stem + ".fragment.html", Utf8.GetBytes(MarkdownTidy.Tidy(fragment))),
            new OutputFile(stem + ".json", Utf8.GetBytes(NoticeJson.Serialize(view, readability))),
        ];
    }

    /// <summary>A notice below its readability minimum is a warning that quotes the sentences to shorten first.</summary>
    private static void CheckReadability(Model.Notice notice, ReadabilityScore score, DiagnosticBag diagnostics)
    {
        if (notice.Readability is not { } target || score.Value >= target.Minimum)
        {
            return;
        }

        var longest = string.Join(" | ", score.LongestSentences.Select(s => $"\"{s}\" ({TextStatistics.Words(s).Count()} words)"));
        diagnostics.Report(Rules.ReadabilityBelowMinimum, target.LocationOf("minimum"),
            $"Notice '{notice.Id}' in '{score.Language}' scores {score.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} ({score.Index}, {score.Band}), below its minimum of {target.Minimum}; " +
            $"{score.Words} words in {score.Sentences} sentences, {score.AverageSentenceLength.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} words a sentence. Longest sentences: {longest}",
            Rules.ReadabilityBelowMinimum.Fix!);
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,99}\z", RegexOptions.CultureInvariant)]
    private static partial Regex OutputName();
}
