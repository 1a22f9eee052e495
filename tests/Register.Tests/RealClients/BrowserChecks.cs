using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Register.Tests.RealClients;

/// <summary>What every page of the site must do in Chromium: load without errors, fit the width, pass axe, link only to what exists.</summary>
internal static class BrowserChecks
{
    /// <summary>The site's HTML pages (not the root page, which only forwards), in ordinal order.</summary>
    public static IEnumerable<string> SitePages() =>
        Pipeline.RenderedExample.Render().Files
            .Select(f => f.Path)
            .Where(p => p.StartsWith("site/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal) && p != "site/index.html")
            .Select(p => p["site/".Length..])
            .Order(StringComparer.Ordinal);

    public static TheoryData<string, int> AtPhoneAndDesktopWidth(IEnumerable<string> pages)
    {
        var data = new TheoryData<string, int>();
        foreach (var page in pages)
        {
            data.Add(page, 375);
            data.Add(page, 1280);
        }

        return data;
    }

    public static async Task LoadsCleanlyFitsAndPassesAxe(BrowserFixture browser, string name, int width)
    {
        var page = await browser.NewPageAsync(width);
        try
        {
            var errors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);

            var response = await page.GotoAsync(BrowserFixture.Origin + name);
            Assert.Equal(200, response!.Status);

            var (scrollWidth, innerWidth, widest) = await Overflow(page);
            Assert.True(scrollWidth <= innerWidth, $"{name} at {width} px scrolls sideways: {scrollWidth} px wide; widest: {widest}");

            var axe = await page.RunAxe();
            var violations = axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})").ToList();
            Assert.True(violations.Count == 0, $"axe finds in {name} at {width} px:\n" + string.Join("\n", violations));
            Assert.True(axe.Passes.Length > 0, "axe ran no rule at all");

            Assert.True(errors.Count == 0, $"{name} logs errors: " + string.Join("\n", errors));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Every in-page link has its target; hreflang lists the page itself and x-default, and each target answers 200.</summary>
    public static async Task LinksResolve(BrowserFixture browser, string name)
    {
        var page = await browser.NewPageAsync(1280);
        try
        {
            await page.GotoAsync(BrowserFixture.Origin + name);
            var anchors = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href^=\"#\"]')].map(a => a.getAttribute('href'))");
            var missing = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href^=\"#\"]')].map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(decodeURIComponent(id)))");
            Assert.True(missing.Length == 0, $"{name} links to anchors it does not have: {string.Join(", ", missing)}");

            var alternates = await page.EvaluateAsync<string[][]>("() => [...document.querySelectorAll('link[rel=alternate][hreflang]')].map(l => [l.hreflang, l.href])");
            var language = await page.EvaluateAsync<string>("() => document.documentElement.lang");
            Assert.True(alternates.Any(a => a[0] == language && a[1] == BrowserFixture.Origin + name), $"{name}: hreflang does not list the page itself ({language})");
            Assert.True(alternates.Any(a => a[0] == "x-default"), $"{name}: hreflang has no x-default");
            foreach (var alternate in alternates)
            {
                var status = await page.EvaluateAsync<int>("async url => (await fetch(url)).status", alternate[1]);
                Assert.True(status == 200, $"{name}: hreflang {alternate[0]} points to {alternate[1]}, which answers {status}");
            }

            if (name.StartsWith("privacy-", StringComparison.Ordinal))
            {
                Assert.NotEmpty(anchors);
            }
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static async Task<(int ScrollWidth, int InnerWidth, string Widest)> Overflow(IPage page)
    {
        var values = await page.EvaluateAsync<string[]>(
            """
            () => {
              const inner = window.innerWidth;
              const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > inner + 0.5);
              const last = wide.length ? wide[wide.length - 1] : null;
              const widest = last ? `<${last.tagName.toLowerCase()}> "${(last.textContent || '').trim().slice(0, 60)}" ends at ${Math.round(last.getBoundingClientRect().right)} px` : 'none';
              return [String(document.documentElement.scrollWidth), String(inner), widest];
            }
            """);
        return (int.Parse(values[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(values[1], System.Globalization.CultureInfo.InvariantCulture), values[2]);
    }
}
