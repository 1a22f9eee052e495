using Register.Rendering.Art30;
using Register.Rendering.Notices;
using Register.Views;

namespace Register.Rendering.Formats;

/// <summary>A standalone HTML page (page.html.sbn) around the HTML written from the document's parsed Markdown.</summary>
public sealed class HtmlPageFormat : OutputFormat
{
    public override string Name => "html";

    public override string Description => "web page";

    public override string Extension => ".html";

    public override DocumentKinds Documents => DocumentKinds.Notice | DocumentKinds.Record;

    public override void WriteNotice(RenderedNotice notice, Stream output)
    {
        var view = notice.View;
        var page = new NoticePage(view.Language, view.Title, new TrustedText(""), Contents(notice), view.OtherLanguages) { Hreflang = Hreflang(notice) };
        NoticeHtmlWrapper.Write(notice, RenderedNotice.PageTemplate, page, [notice.Html.Lead], [notice.Html.Rest], output);
    }

    /// <summary>The parts (level-2 headings after the first layer), each with the activities that have a heading of their own.</summary>
    public static IReadOnlyList<ContentsEntry> Contents(RenderedNotice notice)
    {
        var activities = notice.View.Sections
            .Where(s => !s.IsSingleActivity)
            .SelectMany(s => s.Activities)
            .Select(a => a.Anchor)
            .ToHashSet(StringComparer.Ordinal);
        var entries = new List<(HtmlHeading Heading, List<ContentsEntry> Children)>();
        foreach (var heading in notice.Html.Headings)
        {
            if (heading.Level == 2 && heading.Anchor != MarkdownHtml.SummaryAnchor)
            {
                entries.Add((heading, []));
            }
            else if (heading.Level == 3 && entries.Count > 0 && activities.Contains(heading.Anchor))
            {
                entries[^1].Children.Add(new ContentsEntry(heading.Anchor, heading.Text, []));
            }
        }

        return entries.Select(e => new ContentsEntry(e.Heading.Anchor, e.Heading.Text, e.Children)).ToList();
    }

    // Every language version, this page included, and x-default: the notice's first language.
    private static IReadOnlyList<LanguageVersionView> Hreflang(RenderedNotice notice)
    {
        var view = notice.View;
        var languages = notice.Notice.Languages.Count > 0 ? notice.Notice.Languages : notice.Organisation.Languages;
        var self = new LanguageVersionView(view.Language, view.LanguageName, $"{notice.Notice.Output}.{view.Language}.html");
        var all = view.OtherLanguages.Append(self).OrderBy(v => IndexOf(languages, v.Language)).ToList();
        var first = all[0];
        return [.. all, first with { Language = "x-default" }];
    }

    private static int IndexOf(IReadOnlyList<string> languages, string language)
    {
        for (var i = 0; i < languages.Count; i++)
        {
            if (languages[i] == language)
            {
                return i;
            }
        }

        return languages.Count;
    }

    public override bool WritesRecordFromMarkdown => true;

    public override void WriteRecord(RenderedRecord record, Stream output) => record.WriteHtml(output);
}
