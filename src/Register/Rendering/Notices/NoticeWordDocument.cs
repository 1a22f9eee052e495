using Markdig.Syntax;
using Register.Model;
using Register.Rendering.OpenXml;
using Register.Views.Art30;
using Register.Views.Localization;

namespace Register.Rendering.Notices;

/// <summary>
/// A privacy notice as a Word document for legal review and signing: made from the notice's canonical Markdown, parsed once
/// into the tree the HTML page is written from too (so both say the same), with Word styles, the version in the footer and "page X of Y".
/// </summary>
public static class NoticeWordDocument
{
    /// <summary>The Word document from the notice's parsed Markdown (<see cref="RenderedNotice.Document"/>), which it only reads.</summary>
    public static byte[] Write(MarkdownDocument document, Notice notice, Organisation organisation, PhraseBook phrases)
    {
        var language = phrases.Language;
        var date = notice.VersionDate ?? organisation.VersionDate;
        var title = notice.Title.Get(language) ?? notice.Id;
        var art30Phrases = new Art30Phrases(phrases);
        return DocxWriter.ToBytes(
            language,
            new DocumentProperties(title, organisation.Name, language, organisation.Name, date),
            new DocxPageFrame(
                $"{title} – {organisation.Name}",
                phrases.Format("notice.version", ("date", DateWords.Format(date, phrases))),
                art30Phrases.Page,
                art30Phrases.PageOf),
            docx => MarkdownWordDocument.Append(docx, document));
    }
}
