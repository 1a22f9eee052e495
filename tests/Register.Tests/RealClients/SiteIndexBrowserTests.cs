namespace Register.Tests.RealClients;

/// <summary>The site's index pages in Chromium, at a phone's and a desktop's width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteIndexBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string> Pages => new(IndexPages());

    public static TheoryData<string, int> PagesAtWidths => BrowserChecks.AtPhoneAndDesktopWidth(IndexPages());

    [Theory]
    [MemberData(nameof(PagesAtWidths))]
    public Task Index_has_no_console_error_no_sideways_scroll_and_no_axe_violation(string name, int width) =>
        BrowserChecks.LoadsCleanlyFitsAndPassesAxe(browser, name, width);

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Every_link_and_language_version_of_an_index_resolves(string name) => BrowserChecks.LinksResolve(browser, name);

    [Fact]
    public async Task The_root_page_forwards_to_a_language_index()
    {
        var page = await browser.NewPageAsync(375);
        try
        {
            await page.GotoAsync(BrowserFixture.Origin + "index.html");
            // The meta refresh navigates after the first page has loaded: wait for it, a bounded number of times.
            for (var attempt = 0; attempt < 100 && page.Url.EndsWith("/index.html", StringComparison.Ordinal); attempt++)
            {
                await Task.Delay(100);
            }

            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);
            Assert.Equal(BrowserFixture.Origin + "index.nl.html", page.Url);
            Assert.Equal(200, await page.EvaluateAsync<int>("async () => (await fetch(location.href)).status"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static IEnumerable<string> IndexPages() => BrowserChecks.SitePages().Where(p => p.StartsWith("index.", StringComparison.Ordinal));
}
