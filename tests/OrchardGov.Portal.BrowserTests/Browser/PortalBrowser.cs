using Microsoft.Playwright;
using OrchardGov.Portal.BrowserTests.Hosting;
using OrchardGov.Portal.BrowserTests.Pages;

namespace OrchardGov.Portal.BrowserTests.Browser;

/// <summary>
/// One portal on a real port, its seeded township, and one headless Chromium, shared by every test of the
/// <see cref="PortalCollection"/>. Each test opens its own browser context (its own cookies and screen size).
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    private KestrelPortal? _portal;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SeededTownship? _township;

    /// <summary>Why the browser tests are skipped here; null when they run.</summary>
    public string? Unavailable { get; private set; }

    public SeededTownship Township => _township ?? throw new InvalidOperationException(Unavailable);

    public string BaseUrl { get; private set; } = "";

    /// <summary>The running portal's services, for tests that set up people or content directly.</summary>
    public IServiceProvider Services => _portal?.Services ?? throw new InvalidOperationException(Unavailable);

    public void SkipIfUnavailable() => Skip.If(Unavailable is not null, Unavailable);

    public async Task InitializeAsync()
    {
        Unavailable = Chromium.Unavailable();
        if (Unavailable is not null)
        {
            return;
        }

        _portal = new KestrelPortal();
        _portal.StartServer();
        BaseUrl = _portal.BaseUrl;
        _township = await TownshipSeed.SeedAsync(_portal.Services, _portal.MediaFolder);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public string Url(PageKind kind) => BaseUrl + Township.Paths[kind];

    public string Url(string path) => BaseUrl + path;

    /// <summary>A fresh visitor: no cookies, this screen size, and 适老化 mode already on when asked.</summary>
    public async Task<IBrowserContext> NewVisitorAsync(ViewportSize viewport, bool elderly = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, Locale = "zh-CN" });
        // A busy test machine (a 2-core CI runner building while it tests) can take longer than Playwright's default 30 s.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        if (elderly)
        {
            await context.AddCookiesAsync([new Cookie { Name = "og-elderly", Value = "1", Url = BaseUrl, HttpOnly = true }]);
        }

        return context;
    }

    /// <summary>Opens the page and checks that it answered as that kind of page should (404 for the missing one, 200 for the others).</summary>
    public async Task<IPage> OpenAsync(IBrowserContext visitor, PageKind kind)
    {
        var page = await visitor.NewPageAsync();
        var response = await page.GotoAsync(Url(kind));
        var expected = kind == PageKind.NotFound ? 404 : 200;
        Assert.True(response?.Status == expected,
            $"{kind} ({Township.Paths[kind]}) answered {response?.Status.ToString() ?? "nothing"}, expected {expected}.");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }
    }
}
