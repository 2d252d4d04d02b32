using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Settings;

namespace OrchardGov.Disclosure.Tests.Services.Compliance;

/// <summary>Builds small sites whose columns, entries and dated articles are exactly what a compliance test states.</summary>
public sealed class ComplianceSites(IServiceProvider services)
{
    public async Task<Site> CreateAsync(string code, bool withModule = true)
    {
        var site = await services.GetRequiredService<SiteRegistry>().CreateAsync(new SiteCreation(code));
        if (withModule)
        {
            await services.GetRequiredService<FeatureService>().EnableAsync(site.Id, Manifest.Disclosure.Id);
            await using var session = Store.OpenSession(site.Id);
            await services.GetRequiredService<DisclosureSettingsStore>().SaveAsync(session, new DisclosureSettings { OrganisationCode = "11441700007280420Y" });
            await session.CommitAsync();
        }

        return site;
    }

    /// <summary>Publishes the domains, columns and entries as they are given, with their ids.</summary>
    public async Task PublishAsync(Site site, IEnumerable<Domain> domains, IEnumerable<Column> columns, IEnumerable<CatalogEntry> entries)
    {
        await using var session = Store.OpenSession(site.Id);
        var items = domains.Select(DomainContent.ToContentItem)
            .Concat(columns.Select(ColumnContent.ToContentItem))
            .Concat(entries.Select(CatalogEntryContent.ToContentItem)).ToList();
        foreach (var item in items)
        {
            item.ContentItemVersionId = item.ContentItemId + "v";
            item.Latest = item.Published = true;
        }

        await session.ImportAsync(items);
        await session.CommitAsync();
    }

    /// <summary>Saves the article and, when <paramref name="publishedOn"/> is given, publishes it with that 发布日期.</summary>
    public async Task<string> ArticleAsync(Site site, string title, string columnId, string? entryId, DateOnly? formedOn, DateOnly? publishedOn)
    {
        await using var session = Store.OpenSession(site.Id);
        var saved = await services.GetRequiredService<ArticleEditor>().SaveDraftAsync(session, new Article
        {
            Title = title, ColumnId = columnId, CatalogEntryId = entryId, FormedOn = formedOn, PublishedOn = publishedOn,
        });
        if (publishedOn is not null)
        {
            await services.GetRequiredService<ArticlePublisher>().PublishAsync(session, saved.ContentItemId);
        }

        await session.CommitAsync();
        return saved.ContentItemId;
    }

    /// <summary>Saves a new draft of a published article with a new 信息形成(变更)日期, leaving the published version as it is.</summary>
    public async Task ChangeAsync(Site site, string articleId, DateOnly formedOn)
    {
        await using var session = Store.OpenSession(site.Id);
        var latest = ArticleContent.Read(await ArticleEditor.LatestAsync(session, articleId));
        await services.GetRequiredService<ArticleEditor>().SaveDraftAsync(session, latest with { FormedOn = formedOn });
        await session.CommitAsync();
    }

    public static Column List(string id, string title, string? parent = null, FreshnessClass freshness = FreshnessClass.Static, string domain = "") =>
        new() { ContentItemId = id, Title = title, Slug = id, ParentId = parent, Kind = ColumnKind.List, Freshness = freshness, Domain = domain };

    public static CatalogEntry Entry(string id, string domain, string item, string timeLimit, string? columnId,
        DisclosureMethod method = DisclosureMethod.Proactive) => new()
    {
        ContentItemId = id, Domain = domain, Category = "测试事项", Item = item, TimeLimit = timeLimit, ColumnId = columnId, Method = method,
        Levels = [DisclosureLevel.Township],
    };

    private ContentStore Store => services.GetRequiredService<ContentStore>();
}
