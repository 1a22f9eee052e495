using Register.Pipeline;
using Register.Rendering;
using Register.Rendering.Formats;
using Register.Rendering.Notices;
using Register.Tests.Pipeline;

namespace Register.Tests.Rendering.Notices;

/// <summary>
/// The page and the fragment are written around the notice's HTML without a string of the whole page: the bytes are those
/// of the template rendered with the HTML itself and tidied, for templates of the organisation's own too, including one
/// that writes the body twice (rendered whole, as before).
/// </summary>
public sealed class NoticeHtmlWrapperTests
{
    [Theory]
    [InlineData("<div>  \r\n\n\n{{ Body }} \t\n\n\n</div>{{ Title }}")]
    [InlineData("{{ Body }}\n{{ Body }}")]
    [InlineData("no body at all")]
    public void The_fragment_is_the_template_rendered_with_the_html_and_tidied(string template)
    {
        foreach (var notice in Rendered(RenderedNotice.FragmentTemplate, template))
        {
            var page = new NoticePage(notice.View.Language, notice.View.Title, new TrustedText(notice.Html.Body), [], []);
            var expected = MarkdownTidy.Tidy(notice.Engine.Render(RenderedNotice.FragmentTemplate, page, notice.Phrases));

            Assert.Equal(Utf8.Bytes(expected), OutputFormats.HtmlFragment.Notice(notice));
        }
    }

    [Theory]
    [InlineData("<p>{{ Title }}</p>   \n\n\n{{ Lead }}\n\n\n  <nav>{{ t \"notice.contents\" }}</nav>  \n{{ Body }}\n\n")]
    [InlineData("{{ Body }}{{ Lead }}")]
    [InlineData("{{ Lead }}{{ Lead }}{{ Body }}")]
    public void The_page_is_the_template_rendered_with_the_lead_and_the_rest_and_tidied(string template)
    {
        foreach (var notice in Rendered(RenderedNotice.PageTemplate, template))
        {
            var page = new NoticePage(notice.View.Language, notice.View.Title, new TrustedText(notice.Html.Rest), [], []) { Lead = new TrustedText(notice.Html.Lead) };
            var expected = MarkdownTidy.Tidy(notice.Engine.Render(RenderedNotice.PageTemplate, page, notice.Phrases));

            Assert.Equal(Utf8.Bytes(expected), OutputFormats.HtmlPage.Notice(notice));
        }
    }

    // The example's notices, rendered with the template at path replaced by template.
    private static IEnumerable<RenderedNotice> Rendered(string path, string template)
    {
        using var templates = new ScratchFolder();
        templates.Write(path, template);
        var probe = new ProbeFormat("probe");
        var result = BuildPipeline.Render(RenderedExample.Directory, RenderedExample.Options with { Formats = [probe], Templates = new TemplateEngine(TemplateSource.WithOverrides(templates.Path)) });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotEmpty(probe.Notices);
        return probe.Notices.Where(n => n.Notice.Id == "website").ToList();
    }
}
