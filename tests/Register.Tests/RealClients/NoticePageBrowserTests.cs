namespace Register.Tests.RealClients;

/// <summary>Every published notice page in Chromium, at a phone's and a desktop's width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoticePageBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string> Pages => new(NoticePages());

    public static TheoryData<string, int> PagesAtWidths => BrowserChecks.AtPhoneAndDesktopWidth(NoticePages());

    [Theory]
    [MemberData(nameof(PagesAtWidths))]
    public Task Notice_has_no_console_error_no_sideways_scroll_and_no_axe_violation(string name, int width) =>
        BrowserChecks.LoadsCleanlyFitsAndPassesAxe(browser, name, width);

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Every_contents_link_and_language_version_of_a_notice_resolves(string name) => BrowserChecks.LinksResolve(browser, name);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_first_layer_fits_one_screen_at_1280_px_and_links_into_the_full_text(string name)
    {
        var page = await browser.NewPageAsync(1280);
        try
        {
            await page.GotoAsync(BrowserFixture.Origin + name);
            // From the top of the first layer's heading to the bottom of its last block.
            var height = await page.EvaluateAsync<double>(
                """
                () => {
                  const top = document.getElementById('summary').getBoundingClientRect().top;
                  const blocks = [...document.querySelectorAll('.notice-summary')];
                  return blocks[blocks.length - 1].getBoundingClientRect().bottom - top;
                }
                """);
            var viewport = await page.EvaluateAsync<int>("() => window.innerHeight");
            Assert.True(height <= viewport, $"{name}: the first layer is {height:0} px high, more than one screen ({viewport} px)");

            var targets = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.notice-summary a[href^=\"#\"]')].map(a => a.getAttribute('href').slice(1))");
            Assert.Contains("retention", targets);
            Assert.Contains("exercise-rights", targets);
            Assert.True(targets.Length >= 4, $"{name}: the first layer links to {targets.Length} parts only");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static IEnumerable<string> NoticePages() => BrowserChecks.SitePages().Where(p => p.StartsWith("privacy-", StringComparison.Ordinal));
}
