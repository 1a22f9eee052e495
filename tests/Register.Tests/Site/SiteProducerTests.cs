using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Register.Output;
using Register.Pipeline;
using Register.Tests.Approval;
using Register.Validation;

namespace Register.Tests.Site;

public sealed class SiteProducerTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, OutputFile>> Files = new(() =>
    {
        var result = BuildPipeline.Render(Path.Combine(Approver.RepoRoot, "register"), new BuildOptions
        {
            Validation = new ValidationOptions { Today = new NodaTime.LocalDate(2026, 11, 15) },
        });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    });

    private static string Text(string path) => Encoding.UTF8.GetString(Files.Value[path].Content);

    [Fact]
    public void Every_notice_page_is_published_unchanged_and_listed_in_index_json_with_its_hash()
    {
        var notices = Files.Value.Keys.Where(p => p.StartsWith("notices/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal) && !p.EndsWith(".fragment.html", StringComparison.Ordinal)).ToList();
        var index = JsonDocument.Parse(Text("site/index.json")).RootElement.GetProperty("notices").EnumerateArray().ToList();

        Assert.NotEmpty(notices);
        Assert.Equal(notices.Count, index.Count);
        foreach (var path in notices)
        {
            var name = path["notices/".Length..];
            Assert.Equal(Files.Value[path].Content, Files.Value["site/" + name].Content);
            var entry = Assert.Single(index, e => e.GetProperty("url").GetString() == name);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Files.Value[path].Content)), entry.GetProperty("sha256").GetString());
            Assert.Equal(name.Split('.')[1], entry.GetProperty("language").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", entry.GetProperty("version_date").GetString());
        }
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("de")]
    [InlineData("en")]
    public void Each_language_index_links_every_notice_in_that_language_and_the_other_indexes(string language)
    {
        var document = new HtmlParser().ParseDocument(Text($"site/index.{language}.html"));
        var links = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        var expected = JsonDocument.Parse(Text("site/index.json")).RootElement.GetProperty("notices").EnumerateArray()
            .Where(e => e.GetProperty("language").GetString() == language)
            .Select(e => e.GetProperty("url").GetString()!)
            .ToList();

        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.NotEmpty(expected);
        Assert.All(expected, url => Assert.Contains(url, links));
        Assert.All(links, href => Assert.True(Files.Value.ContainsKey("site/" + href), $"index.{language}.html links to {href}, which the site does not have."));
        Assert.Equal(["de", "en", "nl"], links.Where(l => l.StartsWith("index.", StringComparison.Ordinal)).Append($"index.{language}.html").Select(l => l.Split('.')[1]).Order(StringComparer.Ordinal));
        Assert.Equal(["de", "en", "nl", "x-default"], document.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")!).Order(StringComparer.Ordinal));
        Assert.Equal("index.nl.html", document.QuerySelector("link[hreflang=x-default]")!.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main h1"));
        Assert.NotNull(document.QuerySelector("meta[name=viewport]"));
    }

    [Theory]
    [InlineData("nl", "Versie van 1 november 2026")]
    [InlineData("de", "Stand: 1. November 2026")]
    [InlineData("en", "Version of 1 November 2026")]
    public void Index_pages_write_dates_out_as_the_notices_do(string language, string expected)
    {
        var document = new HtmlParser().ParseDocument(Text($"site/index.{language}.html"));
        var versions = document.QuerySelectorAll(".version time").ToList();

        Assert.NotEmpty(versions);
        Assert.Contains(versions, v => v.TextContent == expected && v.GetAttribute("datetime") == "2026-11-01");
    }

    [Fact]
    public void Language_versions_of_a_published_notice_link_to_each_other_inside_the_site()
    {
        foreach (var page in Files.Value.Keys.Where(p => p.StartsWith("site/privacy-", StringComparison.Ordinal)))
        {
            var document = new HtmlParser().ParseDocument(Text(page));
            var alternates = document.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")!).ToList();

            // nl, de, en (this page included) and x-default.
            Assert.Equal(4, alternates.Count);
            Assert.All(alternates, href => Assert.True(Files.Value.ContainsKey("site/" + href), $"{page} links to {href}, which the site does not have."));
        }
    }

    [Fact]
    public void The_root_page_forwards_to_the_first_language()
    {
        var document = new HtmlParser().ParseDocument(Text("site/index.html"));

        Assert.Contains("url=index.nl.html", document.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("nl", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("meta[name=viewport]"));
        Assert.Equal("index.nl.html", document.QuerySelector("main a")!.GetAttribute("href"));
    }
}
