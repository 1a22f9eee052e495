using Register.Model;
using Register.Rendering.OpenXml;
using Register.Views.Art30;
using Register.Views.Localization;

namespace Register.Rendering.Notices;

/// <summary>
/// A privacy notice as a Word document for legal review and signing: made from the notice's canonical Markdown (the same
/// text as the HTML page), with Word styles, the version in the footer and "page X of Y".
/// </summary>
public static class NoticeWordDocument
{
    public static byte[] Write(string markdown, Notice notice, Organisation organisation, PhraseBook phrases)
    {
        var language = phrases.Language;
        var date = notice.VersionDate ?? organisation.VersionDate;
        var title = notice.Title.Get(language) ?? notice.Id;
        var terms = new Art30Phrases(phrases);
        return DocxWriter.ToBytes(
            language,
            new DocumentProperties(title, organisation.Name, language, organisation.Name, date),
            new DocxPageFrame(
                $"{title} – {organisation.Name}",
                phrases.Format("notice.version", ("date", DateWords.Format(date, phrases))),
                terms.Page,
                terms.PageOf),
            docx => MarkdownWordDocument.Append(docx, markdown));
    }
}
