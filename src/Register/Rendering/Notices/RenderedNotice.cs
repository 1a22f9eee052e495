using Markdig.Syntax;
using Register.Model;
using Register.Readability;
using Register.Views;
using Register.Views.Localization;

namespace Register.Rendering.Notices;

/// <summary>
/// A notice in one language rendered once: the Markdown its template writes, parsed once into one Markdig tree (links
/// neutralised, section anchors set). The HTML page, the fragment and the Word document are all written from that tree,
/// so no format re-reads or re-parses another format's output.
/// </summary>
public sealed class RenderedNotice
{
    public const string MarkdownTemplate = "notice/notice.md.sbn";
    public const string PageTemplate = "notice/page.html.sbn";
    public const string FragmentTemplate = "notice/fragment.html.sbn";

    private readonly Lazy<RenderedHtml> _html;
    private readonly Lazy<ReadabilityScore> _readability;

    private RenderedNotice(NoticeVersion version, Organisation organisation, TemplateEngine engine, string markdown)
    {
        Version = version;
        Organisation = organisation;
        Engine = engine;
        Markdown = markdown;
        Document = MarkdownHtml.Parse(markdown, Anchors(version.View, version.Phrases));
        NoticeMarkup.Classify(
            Document,
            version.View.Sections.Where(s => !s.IsSingleActivity).SelectMany(s => s.Activities).Select(a => a.Anchor).ToHashSet(StringComparer.Ordinal),
            version.View.Recipients.Select(r => r.Recipient.Anchor).ToHashSet(StringComparer.Ordinal));
        _html = new Lazy<RenderedHtml>(() => MarkdownHtml.Render(Document));
        _readability = new Lazy<ReadabilityScore>(() => MarkdownBlocks.Measure(Document, version.View.Language));
    }

    public NoticeVersion Version { get; }

    public Notice Notice => Version.Notice;

    public NoticeView View => Version.View;

    public PhraseBook Phrases => Version.Phrases;

    public Organisation Organisation { get; }

    /// <summary>The engine of this build, for the formats that wrap the notice in a template of their own (page, fragment).</summary>
    public TemplateEngine Engine { get; }

    /// <summary>The canonical Markdown, tidied: what notices/&lt;output&gt;.&lt;lang&gt;.md holds.</summary>
    public string Markdown { get; }

    /// <summary>The Markdown parsed once; read it, never change it (the formats share it).</summary>
    public MarkdownDocument Document { get; }

    /// <summary>The HTML body and headings written from <see cref="Document"/>, made on first use.</summary>
    public RenderedHtml Html => _html.Value;

    /// <summary>The readability of the text, measured on <see cref="Document"/>.</summary>
    public ReadabilityScore Readability => _readability.Value;

    /// <summary>
    /// The anchors of the notice's headings, in document order: the standard parts by their heading phrase, the sections
    /// (ids from the register), the activities with a heading of their own, and the recipients of the recipients part.
    /// </summary>
    public static IReadOnlyList<HeadingAnchor> Anchors(NoticeView view, PhraseBook phrases)
    {
        var anchors = new List<HeadingAnchor>();
        foreach (var section in view.Sections)
        {
            anchors.Add(new HeadingAnchor(2, section.Title, section.Anchor));
            if (!section.IsSingleActivity)
            {
                anchors.AddRange(section.Activities.Select(a => new HeadingAnchor(3, a.Name, a.Anchor)));
            }
        }

        anchors.AddRange(view.Recipients.Select(r => new HeadingAnchor(3, r.Recipient.Name, r.Recipient.Anchor)));
        foreach (var (anchor, key) in NoticeAnchors.Parts)
        {
            if (phrases.TryGet(key) is { } heading)
            {
                anchors.Add(new HeadingAnchor(2, heading, anchor));
            }
        }

        return anchors;
    }

    /// <summary>Renders the notice's Markdown template for one notice version.</summary>
    /// <exception cref="TemplateException">The template (possibly an organisation's) cannot be used.</exception>
    public static RenderedNotice Render(NoticeVersion version, Organisation organisation, TemplateEngine engine)
    {
        Instrumentation.WorkProbe.Count("notice.render");
        return new(version, organisation, engine, MarkdownTidy.Tidy(markdown => engine.Render(MarkdownTemplate, version.View, version.Phrases, 0, markdown)));
    }
}
