using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Web.Tests.Portal;

/// <summary>What an editor does to a demo township, straight through the store (the admin comes later).</summary>
internal static class PortalContent
{
    public static async Task<string> PublishAsync(IServiceProvider services, string siteCode, Article article)
    {
        var site = await services.GetRequiredService<SiteRegistry>().GetAsync(siteCode);
        await using var session = services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        var item = ArticleContent.ToContentItem(article);
        session.Create(item, publish: true);
        await session.CommitAsync();
        return item.ContentItemId;
    }

    public static async Task UnpublishAsync(IServiceProvider services, string siteCode, string articleId)
    {
        var site = await services.GetRequiredService<SiteRegistry>().GetAsync(siteCode);
        await using var session = services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        Assert.True(await session.UnpublishAsync(articleId));
        await session.CommitAsync();
    }

    public static async Task<SiteCatalog> CatalogAsync(IServiceProvider services, string siteCode)
    {
        var site = await services.GetRequiredService<SiteRegistry>().GetAsync(siteCode);
        await using var session = services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        return await services.GetRequiredService<CatalogReader>().ReadAsync(session);
    }

    public static Article News(string title, string columnId = "col-gzdt") => new()
    {
        Title = title,
        Body = $"<p>{title}。</p>",
        ColumnId = columnId,
        PublishedOn = new DateOnly(2026, 11, 20),
        IssuingBody = "城中街道办事处",
    };
}
