using OrchardGov.Portal.BrowserTests.Browser;

namespace OrchardGov.Portal.BrowserTests.Pages;

[Collection(PortalCollection.Name)]
public sealed class SearchTests(PortalBrowser portal)
{
    [SkippableFact]
    public async Task Typing_in_the_banners_search_box_and_pressing_enter_lists_the_article_with_the_words_marked()
    {
        portal.SkipIfUnavailable();
        await using var visitor = await portal.NewVisitorAsync(Viewports.Phone);
        var page = await portal.OpenAsync(visitor, PageKind.Home);

        await page.GetByLabel("搜索本站信息").FillAsync("爱国卫生运动");
        await page.GetByLabel("搜索本站信息").PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/search?q="));

        var first = page.Locator(".hit-list .hit").First;
        Assert.Contains(portal.Township.FullArticle.Title, await first.Locator("h3").InnerTextAsync());
        Assert.Equal("爱国卫生运动", string.Concat(await first.Locator("h3 mark").AllInnerTextsAsync()));
        await first.Locator("h3 a").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith(".html", StringComparison.Ordinal));
    }
}
