using OrchardGov.Portal.BrowserTests.Browser;

namespace OrchardGov.Portal.BrowserTests.Pages;

[Collection(PortalCollection.Name)]
public sealed class ColumnTests(PortalBrowser portal)
{
    [SkippableFact]
    public async Task A_column_without_articles_says_so_in_plain_words()
    {
        portal.SkipIfUnavailable();
        await using var visitor = await portal.NewVisitorAsync(Viewports.Desktop);
        var page = await visitor.NewPageAsync();
        var response = await page.GotoAsync(portal.Url(portal.Township.EmptyColumnPath));

        Assert.Equal(200, response?.Status);
        Assert.Contains("本栏目暂无信息", await page.Locator("main").InnerTextAsync());
    }

    [SkippableFact]
    public async Task The_column_of_a_domain_marked_未涉及_shows_the_reason()
    {
        portal.SkipIfUnavailable();
        await using var visitor = await portal.NewVisitorAsync(Viewports.Desktop);
        var page = await portal.OpenAsync(visitor, PageKind.NotApplicableColumn);

        Assert.Contains(portal.Township.NotApplicableDomain.NotApplicableReason!, PageProbe.Fold(await page.Locator("main").InnerTextAsync()));
    }

    [SkippableFact]
    public async Task The_second_page_of_a_long_column_lists_older_articles_than_the_first()
    {
        portal.SkipIfUnavailable();
        await using var visitor = await portal.NewVisitorAsync(Viewports.Desktop);
        var first = await PageProbe.ArticleLinkTitlesAsync(await portal.OpenAsync(visitor, PageKind.ListColumn));
        var second = await PageProbe.ArticleLinkTitlesAsync(await portal.OpenAsync(visitor, PageKind.ListColumnPage2));
        var newestFirst = portal.Township.NewsTitlesNewestFirst.ToList();

        Assert.NotEmpty(second);
        Assert.True(first.Max(newestFirst.IndexOf) < second.Min(newestFirst.IndexOf),
            $"Page 1 lists {string.Join("; ", first)}{Environment.NewLine}page 2 lists {string.Join("; ", second)}");
    }
}
