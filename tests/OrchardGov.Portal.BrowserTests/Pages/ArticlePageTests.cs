using OrchardGov.Disclosure.Models;
using OrchardGov.Portal.BrowserTests.Browser;
using static Microsoft.Playwright.Assertions;

namespace OrchardGov.Portal.BrowserTests.Pages;

[Collection(PortalCollection.Name)]
public sealed class ArticlePageTests(PortalBrowser portal)
{
    [SkippableFact]
    public async Task The_article_shows_the_standard_metadata_panel_with_its_values()
    {
        portal.SkipIfUnavailable();
        var article = portal.Township.FullArticle;

        await AssertShowsAsync(new Dictionary<string, string>
        {
            ["索引号"] = article.IndexNumber,
            ["发布机构"] = article.IssuingBody,
            ["成文日期"] = "2026-03-02",
            ["发布日期"] = "2026-03-05",
            ["文号"] = article.DocumentNumber,
            ["主题分类"] = article.Topic,
            ["有效性"] = ChineseLabels.Of(Validity.Valid),
        });
    }

    [SkippableFact]
    public async Task The_article_shows_the_catalog_entry_it_fulfils()
    {
        portal.SkipIfUnavailable();
        var entry = portal.Township.FullArticleEntry;

        await AssertShowsAsync(new Dictionary<string, string>
        {
            ["所属领域"] = portal.Township.FullArticleDomainName,
            ["一级事项"] = entry.Category,
            ["二级事项"] = entry.Item,
            ["公开时限"] = entry.TimeLimit,
            ["公开方式"] = ChineseLabels.Of(entry.Method),
            ["公开主体"] = entry.ResponsibleBody,
            ["公开层级"] = ChineseLabels.Of(entry.Levels),
            ["公开渠道和载体"] = string.Join("、", entry.Channels),
        });
    }

    [SkippableFact]
    public async Task The_attachment_link_tells_the_file_type_and_size_and_opens_the_PDF()
    {
        portal.SkipIfUnavailable();
        await using var visitor = await portal.NewVisitorAsync(Viewports.Desktop);
        var page = await portal.OpenAsync(visitor, PageKind.Article);
        var link = page.Locator("main a[href*='/media/']");
        await Expect(link).ToHaveCountAsync(1);

        var text = await link.InnerTextAsync();
        var href = await link.EvaluateAsync<string>("a => a.href");
        var file = await visitor.APIRequest.GetAsync(href);

        Assert.Contains("PDF", text);
        Assert.Contains("KB", text);
        Assert.Equal(200, file.Status);
        Assert.Contains("pdf", file.Headers.GetValueOrDefault("content-type") ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await file.BodyAsync())[..5]);
    }

    private async Task AssertShowsAsync(IReadOnlyDictionary<string, string> expected)
    {
        await using var visitor = await portal.NewVisitorAsync(Viewports.Desktop);
        var page = await portal.OpenAsync(visitor, PageKind.Article);
        var shown = await PageProbe.LabelledValuesAsync(page);

        var wrong = expected
            .Where(pair => !shown.TryGetValue(pair.Key, out var value) || value != PageProbe.Fold(pair.Value))
            .Select(pair => $"{pair.Key}: expected “{PageProbe.Fold(pair.Value)}”, shown “{shown.GetValueOrDefault(pair.Key) ?? "(no such label)"}”")
            .ToList();
        Assert.True(wrong.Count == 0, $"The article page ({portal.Township.Paths[PageKind.Article]}) shows:{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", wrong));
    }
}
