using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Register.Tests.Pipeline;

namespace Register.Tests.Rendering.Notices;

/// <summary>The standalone page, the fragment and the JSON of every example notice: structure a website can rely on.</summary>
public sealed class NoticeHtmlTests
{
    public static TheoryData<string> Pages { get; } = new(
        RenderedExample.Render().Files.Select(f => f.Path).Where(p => p.StartsWith("notices/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal) && !p.EndsWith(".fragment.html", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_is_self_contained_semantic_html_with_its_language_contents_and_language_versions(string path)
    {
        var language = path.Split('.')[^2];
        var document = new HtmlParser().ParseDocument(Text(path));

        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("head > meta[charset='utf-8']"));
        Assert.NotNull(document.QuerySelector("head > style"));
        Assert.NotNull(document.QuerySelector("main article h1"));
        Assert.Empty(document.QuerySelectorAll("script, iframe, img, link[rel='stylesheet'], [src]"));

        var alternates = document.QuerySelectorAll("head > link[rel='alternate'][hreflang]").Select(l => l.GetAttribute("hreflang")).ToList();
        // Every language version, this page included (Google's rule for hreflang), and x-default: the notice's first language.
        Assert.Equal(["nl", "de", "en", "x-default"], alternates);
        var hrefs = document.QuerySelectorAll("head > link[rel='alternate'][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal(Path.GetFileName(path), hrefs[language]);
        Assert.Equal(hrefs["nl"], hrefs["x-default"]);

        var contents = document.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(contents.Count >= 5);
        Assert.All(contents, href => Assert.NotNull(document.GetElementById(href.TrimStart('#'))));

        // The first layer comes before the table of contents; every link in the page to an anchor finds its target.
        var summary = document.GetElementById("summary");
        var toc = document.QuerySelector("nav.toc");
        Assert.NotNull(summary);
        Assert.True(summary.CompareDocumentPosition(toc!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        var anchors = document.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        Assert.All(anchors, id => Assert.NotNull(document.GetElementById(id)));
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_fragment_is_the_pages_article_in_a_div_with_its_language(string path)
    {
        var text = Text(path.Replace(".html", ".fragment.html", StringComparison.Ordinal));
        var root = Assert.Single(new HtmlParser().ParseDocument(text).Body!.Children);

        Assert.DoesNotContain("<html", text, StringComparison.Ordinal);

        Assert.Equal("div", root.LocalName);
        Assert.Equal(path.Split('.')[^2], root.GetAttribute("lang"));
        Assert.NotNull(root.QuerySelector("h1"));
    }

    [Fact]
    public void Sections_use_their_register_ids_as_anchors()
    {
        var document = new HtmlParser().ParseDocument(Text("notices/privacy-website.de.html"));
        Assert.Equal("Webstatistik", document.GetElementById("analytics")?.TextContent);
    }

    [Fact]
    public void The_json_is_the_resolved_view_in_camel_case()
    {
        using var json = JsonDocument.Parse(Text("notices/privacy-debtors.en.json"));
        var root = json.RootElement;

        Assert.Equal("debtors", root.GetProperty("id").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal("2026-11-01", root.GetProperty("versionDateIso").GetString());
        Assert.Equal("Art. 6(1)(f) GDPR", root.GetProperty("sections")[0].GetProperty("activities")[0].GetProperty("purposes")[0].GetProperty("citation").GetString());
    }

    private static string Text(string path) =>
        Encoding.UTF8.GetString(Assert.Single(RenderedExample.Render().Files, f => f.Path == path).Content);
}
