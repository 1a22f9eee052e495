using Microsoft.Playwright;

namespace Register.Tests.RealClients;

/// <summary>
/// Debian's Chromium, driven by Playwright, with a fresh empty profile, showing the built site from a made-up origin
/// that Playwright answers from the output folder: no request leaves the machine, and none reaches another site.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The origin the site is served from; Playwright answers every request to it, and aborts all others.</summary>
    public const string Origin = "http://register.test/";

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public BuiltExample Example { get; } = new();

    public IBrowserContext Context { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = RealClientProgram.Chromium;
        var home = Example.Scratch("browser-home");
        _playwright = await Playwright.CreateAsync();
        Context = await _playwright.Chromium.LaunchPersistentContextAsync(Example.Scratch("browser-profile"), new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArguments,
            Env = new Dictionary<string, string> { ["HOME"] = home, ["XDG_CONFIG_HOME"] = home, ["XDG_CACHE_HOME"] = home },
            Timeout = 60_000,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        Context.SetDefaultTimeout(30_000);
        await Context.RouteAsync("**/*", Serve);
    }

    /// <summary>Opens a new page of the given width; the caller closes it.</summary>
    public async Task<IPage> NewPageAsync(int width)
    {
        var page = await Context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 800);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Context is not null)
        {
            await Context.CloseAsync();
        }

        _playwright?.Dispose();
        Example.Dispose();
    }

    private async Task Serve(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (!route.Request.Url.StartsWith(Origin, StringComparison.Ordinal))
        {
            await route.AbortAsync("blockedbyclient");
            return;
        }

        var relative = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        var site = Path.GetFullPath(Path.Combine(Example.Output, "site"));
        var file = Path.GetFullPath(Path.Combine(site, relative.Length == 0 ? "index.html" : relative));
        if (!file.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/plain", Body = "not found" });
            return;
        }

        var type = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".json" => "application/json",
            _ => "application/octet-stream",
        };
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = type, BodyBytes = await File.ReadAllBytesAsync(file) });
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Real browser";
}
