using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Register.Rendering.Notices;

/// <summary>
/// Puts the documented CSS classes on a notice's parsed Markdown (docs/notices.md, "Styling the fragment"), so a website
/// can restyle the page or fragment without touching its markup: the first layer, the parts, the activities, the
/// recipients, the sub-headings and the tables.
/// </summary>
public static class NoticeMarkup
{
    public static void Classify(MarkdownDocument document, ISet<string> activityAnchors, ISet<string> recipientAnchors)
    {
        var inSummary = false;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } part)
            {
                inSummary = part.GetAttributes().Id == MarkdownHtml.SummaryAnchor;
                part.GetAttributes().AddClass(inSummary ? "notice-summary-heading" : "notice-part");
                continue;
            }

            if (inSummary)
            {
                block.GetAttributes().AddClass("notice-summary");
                continue;
            }

            switch (block)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id && activityAnchors.Contains(id):
                    heading.GetAttributes().AddClass("notice-activity");
                    break;
                case HeadingBlock heading when heading.GetAttributes().Id is { } id && recipientAnchors.Contains(id):
                    heading.GetAttributes().AddClass("notice-recipient");
                    break;
                case HeadingBlock { Level: >= 3 } heading:
                    heading.GetAttributes().AddClass("notice-subheading");
                    break;
                case Markdig.Extensions.Tables.Table table:
                    table.GetAttributes().AddClass("notice-table");
                    break;
            }
        }
    }
}
