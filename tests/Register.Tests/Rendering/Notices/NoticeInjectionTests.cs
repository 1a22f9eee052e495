using System.Text;
using AngleSharp.Html.Parser;
using Register.Model;
using Register.Output;
using Register.Rendering;
using Register.Rendering.Formats;
using Register.Rendering.Notices;
using Register.Tests.Views;
using Register.Tests.Views.Localization;
using Register.Views;

namespace Register.Tests.Rendering.Notices;

/// <summary>Hostile text in the register, through the real templates into every output format.</summary>
public sealed class NoticeInjectionTests
{
    public static TheoryData<string> Payloads => UntrustedTextTests.Payloads;

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Register_text_cannot_inject_script_attributes_or_links_into_any_output(string payload)
    {
        var view = ExampleNotices.View("debtors", "nl", r => ExampleNotices.Activity(r, "debt-collection", a => a with
        {
            Name = LocalizedText.Of(("nl", "Incasso " + payload)),
            Description = LocalizedText.Of(("nl", payload)),
            Purposes = [a.Purposes[0] with { LegitimateInterest = LocalizedText.Of(("nl", payload)) }, .. a.Purposes.Skip(1)],
        }));

        var notice = ExampleNotices.Register.Notices.Single(n => n.Id == "debtors");
        var rendered = RenderedNotice.Render(new NoticeVersion(notice, view, TestPhrases.For("nl")), ExampleNotices.Register.Organisation, TemplateEngine.BuiltIn);
        var files = OutputFormats.For(DocumentKinds.Notice).Where(f => f.IsText)
            .Select(f => new OutputFile("notices/privacy-debtors.nl" + f.Extension, f.Notice(rendered)))
            .ToList();

        foreach (var html in files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(html.Content));
            Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, svg, img"));
            Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.All(document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!), href =>
                Assert.True(MarkdownTextEncoder.IsAllowedTarget(href) || href.StartsWith('#') || href.EndsWith(".html", StringComparison.Ordinal), href));
            Assert.Contains("Incasso", document.Body!.TextContent, StringComparison.Ordinal);
        }

        var json = Encoding.UTF8.GetString(Assert.Single(files, f => f.Path.EndsWith(".json", StringComparison.Ordinal)).Content);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
    }
}
