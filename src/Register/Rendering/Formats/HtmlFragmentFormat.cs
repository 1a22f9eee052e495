using Register.Rendering.Notices;

namespace Register.Rendering.Formats;

/// <summary>The notice's HTML in one element (fragment.html.sbn), to paste into an existing page.</summary>
public sealed class HtmlFragmentFormat : OutputFormat
{
    public override string Name => "fragment";

    public override string Description => "HTML fragment of a notice";

    public override string Extension => ".fragment.html";

    public override DocumentKinds Documents => DocumentKinds.Notice;

    public override void WriteNotice(RenderedNotice notice, Stream output)
    {
        var page = new NoticePage(notice.View.Language, notice.View.Title, new TrustedText(""), [], []);
        NoticeHtmlWrapper.Write(notice, RenderedNotice.FragmentTemplate, page, null, [notice.Html.Lead, notice.Html.Rest], output);
    }
}
