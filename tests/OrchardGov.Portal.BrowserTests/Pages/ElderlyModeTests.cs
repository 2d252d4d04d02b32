using Microsoft.Playwright;
using OrchardGov.Portal.BrowserTests.Browser;
using static Microsoft.Playwright.Assertions;

namespace OrchardGov.Portal.BrowserTests.Pages;

[Collection(PortalCollection.Name)]
public sealed class ElderlyModeTests(PortalBrowser portal)
{
    private const string ElderlyRoot = "html.elderly, body.elderly";

    [SkippableFact]
    public async Task The_header_link_turns_on_larger_type_that_stays_on_other_pages_until_turned_off()
    {
        portal.SkipIfUnavailable();
        await using var visitor = await portal.NewVisitorAsync(Viewports.Desktop);
        var page = await portal.OpenAsync(visitor, PageKind.Home);
        Assert.False(await PageProbe.IsElderlyAsync(page), "A first visit should not be in 适老化 mode.");
        var normalSize = await PageProbe.BodyFontSizeAsync(page);

        await ToggleAsync(page, on: true);
        await Expect(page).ToHaveURLAsync(portal.Url(PageKind.Home));
        var elderlySize = await PageProbe.BodyFontSizeAsync(page);
        Assert.True(elderlySize > normalSize, $"In 适老化 mode the body text should be larger: {elderlySize}px, normally {normalSize}px.");

        await page.GotoAsync(portal.Url(PageKind.ListColumn));
        Assert.True(await PageProbe.IsElderlyAsync(page), "适老化 mode should still be on after going to another page.");
        Assert.True(await PageProbe.BodyFontSizeAsync(page) > normalSize, "The larger type should stay on after going to another page.");

        await ToggleAsync(page, on: false);
        await Expect(page).ToHaveURLAsync(portal.Url(PageKind.ListColumn));
        Assert.Equal(normalSize, await PageProbe.BodyFontSizeAsync(page));

        await page.GotoAsync(portal.Url(PageKind.Home));
        Assert.False(await PageProbe.IsElderlyAsync(page), "适老化 mode turned off should stay off on the next page.");
    }

    /// <summary>Clicks the header's switch and waits for the page it returns to, in the mode asked for, with its styles applied.</summary>
    private static async Task ToggleAsync(IPage page, bool on)
    {
        var toggle = page.Locator("header a[href*='/elderly-mode']");
        await Expect(toggle).ToHaveCountAsync(1);
        var back = await page.RunAndWaitForResponseAsync(() => toggle.ClickAsync(),
            response => response.Request.IsNavigationRequest && !response.Url.Contains("/elderly-mode", StringComparison.Ordinal));
        Assert.True(back.Ok || back.Status == 304, $"The switch returned to {back.Url} with {back.Status}.");
        await Expect(page.Locator(ElderlyRoot)).ToHaveCountAsync(on ? 1 : 0);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
