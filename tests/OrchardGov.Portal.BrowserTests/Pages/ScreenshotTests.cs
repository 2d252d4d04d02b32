using OrchardGov.Portal.BrowserTests.Browser;
using OrchardGov.Portal.BrowserTests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace OrchardGov.Portal.BrowserTests.Pages;

/// <summary>Full-page screenshots of every page type on a desktop and a phone, kept with the test results for review.</summary>
[Collection(PortalCollection.Name)]
public sealed class ScreenshotTests(PortalBrowser portal)
{
    public static TheoryData<PageKind, int> EveryPageOnDesktopAndPhone() => EveryPage.With(1280, 360);

    [SkippableTheory]
    [MemberData(nameof(EveryPageOnDesktopAndPhone))]
    public async Task Every_page_has_one_main_heading_and_is_kept_as_a_screenshot(PageKind kind, int width)
    {
        portal.SkipIfUnavailable();
        await using var visitor = await portal.NewVisitorAsync(Viewports.ByWidth(width));
        var page = await portal.OpenAsync(visitor, kind);
        var file = Path.Combine(RepositoryFolders.Screenshots, $"{Name(kind)}-{width}.png");

        await page.ScreenshotAsync(new() { Path = file, FullPage = true });

        await Expect(page.Locator("main h1")).ToHaveCountAsync(1);
        Assert.True(new FileInfo(file).Length > 0, $"The screenshot {file} is empty.");
    }

    private static string Name(PageKind kind) => string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
