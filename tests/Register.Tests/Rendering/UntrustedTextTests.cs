using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Register.Rendering;

namespace Register.Tests.Rendering;

/// <summary>Register text is untrusted: whatever it holds, the HTML has no script, no event attributes and no bad links.</summary>
public sealed class UntrustedTextTests
{
    public static TheoryData<string> Payloads { get; } = new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "[klik](javascript:alert(1))",
        "[klik]( JAVASCRIPT:alert(1) )",
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](https://evil.example/x.png)",
        "<javascript:alert(1)>",
        "[klik][ref]\n\n[ref]: javascript:alert(1)",
        "\"><svg onload=alert(1)>",
        "```html\n<script>alert(1)</script>\n```",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "    <script>alert(1)</script>",
        "<div style=\"x\" onclick=\"alert(1)\">x</div>",
        "[x](vbscript:msgbox)",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Register_text_in_a_template_yields_safe_html(string payload)
    {
        var markdown = "# Title\n\n" + MarkdownTextEncoder.Escape(payload) + "\n";
        var html = MarkdownHtml.Render(markdown).Body;

        AssertSafe(html);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Even_unescaped_markdown_yields_safe_html(string payload)
    {
        // Defence in depth: the Markdig pipeline alone must also be safe, e.g. for phrase files.
        AssertSafe(MarkdownHtml.Render(payload).Body);
    }

    [Fact]
    public void Emphasis_lists_and_allowed_links_stay_markdown()
    {
        var text = "*Let op*: zie [onze site](https://example.nl), [mail](mailto:privacy@example.nl) of [bel](tel:+31201234567).\n- een\n- twee";
        var html = MarkdownHtml.Render(MarkdownTextEncoder.Escape(text)).Body;
        var document = Parse(html);

        Assert.NotNull(document.QuerySelector("em"));
        Assert.Equal(2, document.QuerySelectorAll("li").Length);
        Assert.Equal(
            ["https://example.nl", "mailto:privacy@example.nl", "tel:+31201234567"],
            document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToArray());
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = MarkdownHtml.Render(MarkdownTextEncoder.Escape("Wij gebruiken <b>geen</b> cookies")).Body;
        Assert.Contains("Wij gebruiken <b>geen</b> cookies", Parse(html).Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(Parse(html).QuerySelector("b"));
    }

    [Fact]
    public void Headings_quotes_and_tables_in_register_text_become_plain_text()
    {
        var html = MarkdownHtml.Render(MarkdownTextEncoder.Escape("# Kop\n> quote\n| a | b |\n|---|---|\nx\n===")).Body;
        var document = Parse(html);
        Assert.Null(document.QuerySelector("h1, h2, blockquote, table, hr"));
    }

    private static void AssertSafe(string html)
    {
        var document = Parse(html);
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, svg, img, style"));
        foreach (var element in document.All)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
            if (element.GetAttribute("href") is { } href)
            {
                Assert.True(MarkdownTextEncoder.IsAllowedTarget(href) || href.StartsWith('#'), $"Unsafe link {href} in {html}");
            }
        }
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
