using Microsoft.Playwright;
using OrchardGov.Portal.BrowserTests.Browser;
using static Microsoft.Playwright.Assertions;

namespace OrchardGov.Portal.BrowserTests.Pages;

[Collection(PortalCollection.Name)]
public sealed class KeyboardTests(PortalBrowser portal)
{
    // Enough to cross a header, a navigation bar and a home page's first sections; a page that needs more is itself a finding.
    private const int MaxTabs = 60;

    [SkippableFact]
    public async Task A_keyboard_user_skips_to_the_content_and_reaches_an_article_through_工作动态_with_the_focus_always_visible()
    {
        portal.SkipIfUnavailable();
        await using var visitor = await portal.NewVisitorAsync(Viewports.Desktop);
        var page = await portal.OpenAsync(visitor, PageKind.Home);

        await SkipToMainAsync(page, "home page");
        await TabToAsync(page, "the link to 工作动态", f => f.InMain && new Uri(f.Href).AbsolutePath.EndsWith("/gzdt/", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await ArrivesAsync(page, portal.Url(PageKind.ListColumn));

        await SkipToMainAsync(page, "工作动态");
        var article = await TabToAsync(page, "the first article of 工作动态", f => f.InMain && f.Href.EndsWith(".html", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await ArrivesAsync(page, article.Href);

        Assert.Contains(article.Text, portal.Township.NewsTitlesNewestFirst);
        Assert.Equal(article.Text, PageProbe.Fold(await page.Locator("main h1").InnerTextAsync()));
    }

    /// <summary>
    /// The key press led to the page: its address and its heading are there. Polled rather than awaited as a
    /// navigation, whose load events Playwright at times missed after a key press in a long run.
    /// </summary>
    private static async Task ArrivesAsync(IPage page, string url)
    {
        await Expect(page).ToHaveURLAsync(url, new() { Timeout = 60_000 });
        await Expect(page.Locator("main h1")).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    /// <summary>From a fresh load: the first Tab lands on the skip link, which shows focus and, activated, puts the focus in main.</summary>
    private static async Task SkipToMainAsync(IPage page, string where)
    {
        await page.Keyboard.PressAsync("Tab");
        var first = await FocusedElement.OfAsync(page);
        Assert.True(first is { Tag: "a", LeadsToMain: true },
            $"On the {where} the first Tab should reach a skip link to the main content; it reached {first?.ToString() ?? "nothing"}.");
        AssertShowsFocus(first!, where);

        await page.Keyboard.PressAsync("Enter");
        var afterSkip = await FocusedElement.OfAsync(page);
        Assert.True(afterSkip is not null && (afterSkip.IsMain || afterSkip.InMain),
            $"On the {where} the skip link should move the focus to the main content; the focus is on {afterSkip?.ToString() ?? "nothing"}.");
    }

    private static async Task<FocusedElement> TabToAsync(IPage page, string what, Func<FocusedElement, bool> wanted)
    {
        var passed = new List<string>();
        for (var presses = 0; presses < MaxTabs; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedElement.OfAsync(page);
            if (focused is null)
            {
                continue;
            }

            AssertShowsFocus(focused, what);
            if (wanted(focused))
            {
                return focused;
            }

            passed.Add(focused.ToString());
        }

        Assert.Fail($"{MaxTabs} Tabs did not reach {what} on {page.Url}; the focus went through: {string.Join(", ", passed)}");
        return null!;
    }

    private static void AssertShowsFocus(FocusedElement focused, string where) =>
        Assert.True(focused.ShowsFocus,
            $"Keyboard focus on {focused} ({where}) is not visible: no outline and no box-shadow ({focused.FocusStyle}).");
}
