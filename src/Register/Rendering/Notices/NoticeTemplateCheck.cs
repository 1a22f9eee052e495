using System.Globalization;
using System.Text;
using Register.Diagnostics;
using Register.Readability;
using Register.Validation.Checks.Completeness;
using Register.Views;

namespace Register.Rendering.Notices;

/// <summary>
/// REG110, REG118–REG120, REG124 for an organisation's own notice templates (--templates): a template that leaves out a
/// part every notice must show (who the controller is, the rights, the separate objection paragraph, how to withdraw
/// consent, the authority to complain to) is reported at that template, once, naming each notice and language that lacks
/// it. The register is fine (the validator said so); what is missing is looked for in the notice as rendered, as the
/// reader sees it: plain text, letters and digits only, so emphasis, escapes and line breaks do not matter. The built-in
/// templates show every part (tested on the example), so the check runs only when notice templates are overridden.
/// </summary>
internal sealed class NoticeTemplateCheck
{
    private readonly TemplateSource _source;
    private readonly Dictionary<NoticeElement, List<(string Notice, string Language)>> _missing = [];

    private NoticeTemplateCheck(TemplateSource source) => _source = source;

    /// <summary>A check for a build with <paramref name="source"/>, or null when no notice template is overridden.</summary>
    public static NoticeTemplateCheck? For(TemplateSource source) =>
        source.Overrides.Any(IsNoticeTemplate) ? new NoticeTemplateCheck(source) : null;

    /// <summary>What each part must show in this view: the element and the texts the notice as rendered must contain.</summary>
    public static IEnumerable<(NoticeElement Element, string Text)> Parts(NoticeView view)
    {
        // Texts only the part itself shows: the first layer (the summary) names the controller, the rights and the
        // authority too, so names alone would be found there even when the part is gone.
        yield return (NoticeElements.Controller, view.Controller.Statement);
        foreach (var right in view.Rights)
        {
            yield return (NoticeElements.Rights, right.Description);
        }

        foreach (var text in new[] { view.Objection?.General, view.Objection?.DirectMarketing }.OfType<string>())
        {
            yield return (NoticeElements.Objection, text);
        }

        if (view.Withdrawal is { } withdrawal)
        {
            yield return (NoticeElements.Withdrawal, withdrawal.Text);
        }

        yield return (NoticeElements.Complaint, view.Complaint.Text);
    }

    /// <summary>The parts of <see cref="Parts"/> that <paramref name="notice"/> as rendered does not show.</summary>
    public static IEnumerable<NoticeElement> Missing(RenderedNotice notice)
    {
        var shown = Letters(string.Join(" ", MarkdownBlocks.Of(notice.Document)));
        return Parts(notice.View)
            .Where(p => Letters(string.Join(" ", MarkdownBlocks.Of(p.Text))) is { Length: > 0 } wanted && !shown.Contains(wanted, StringComparison.Ordinal))
            .Select(p => p.Element)
            .Distinct();
    }

    /// <summary>
    /// Notes the parts a rendered notice lacks (<see cref="Missing"/>, found where it was rendered); called for the notices
    /// in the build's order, from one thread, so each error lists them as the build plans them.
    /// </summary>
    public void Note(string notice, string language, IEnumerable<NoticeElement> missing)
    {
        foreach (var element in missing)
        {
            if (!_missing.TryGetValue(element, out var where))
            {
                _missing[element] = where = [];
            }

            where.Add((notice, language));
        }
    }

    /// <summary>One error per part left out, at the template that leaves it out.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var (element, notices) in _missing.OrderBy(m => m.Key.Rule.Code, StringComparer.Ordinal))
        {
            var partial = Path.GetFileName(element.RenderedIn)[1..^TemplateEngine.MarkdownExtension.Length];
            var at = Blame(element, partial);
            var lacking = notices.GroupBy(n => n.Notice).Select(g => $"'{g.Key}' ({string.Join(", ", g.Select(n => n.Language))})").ToList();
            diagnostics.Report(element.Rule, at,
                $"This template leaves out {What(element)} (Art. {Articles(element)} GDPR), a part the notice must show: as rendered, {(lacking.Count == 1 ? "notice" : "notices")} {string.Join(", ", lacking)} {(lacking.Count == 1 ? "lacks" : "lack")} it.",
                $"Show it again, as the built-in templates do: templates/{element.RenderedIn}, included from notice/notice.md.sbn with {{{{~ include \"{partial}\" ~}}}}; or remove your override.");
        }
    }

    /// <summary>
    /// The template to point at: the organisation's partial for the part, else its notice/notice.md.sbn, else its first
    /// notice template; at the part's include when the file still has one (say, under a condition that no longer holds).
    /// </summary>
    private SourceLocation Blame(NoticeElement element, string partial)
    {
        var file = _source.FindOverride(element.RenderedIn)
            ?? _source.FindOverride(RenderedNotice.MarkdownTemplate)
            ?? _source.Overrides.First(IsNoticeTemplate);
        var lines = file.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf($"include \"{partial}\"", StringComparison.Ordinal);
            if (column >= 0)
            {
                return new SourceLocation(file.DisplayPath, i + 1, column + 1);
            }
        }

        return SourceLocation.OfFile(file.DisplayPath);
    }

    private static bool IsNoticeTemplate(TemplateFile file) =>
        file.Path.StartsWith("notice/", StringComparison.Ordinal) && file.Path.EndsWith(TemplateEngine.MarkdownExtension, StringComparison.Ordinal);

    private static string What(NoticeElement element) => element.Id switch
    {
        "controller" => "the controller's name",
        "rights" => "the data subject's rights",
        "objection" => "the separate paragraph on the right to object",
        "withdrawal" => "how to withdraw consent",
        "complaint" => "the supervisory authority to complain to",
        _ => element.Id,
    };

    private static string Articles(NoticeElement element) =>
        element.Article13 == element.Article14 ? element.Article13 : $"{element.Article13}, {element.Article14}";

    /// <summary>The letters and digits of a text, lowercased: what a reader reads, whatever the markup around it.</summary>
    private static string Letters(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return letters.ToString();
    }
}
