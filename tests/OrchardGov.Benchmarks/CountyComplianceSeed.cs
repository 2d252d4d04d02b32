using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Benchmarks;

/// <summary>
/// A county with <see cref="Townships"/> townships, each with 7 domains, a column per catalog entry, 300 proactive
/// entries and 2,000 articles (formed through 2026, most published 0–40 days later, one in ten still a draft), stored
/// through the content store as an import would.
/// </summary>
public sealed class CountyComplianceSeed(ContentStore store, SiteRegistry sites, FeatureService features)
{
    public const int Townships = 200;
    public const int EntriesPerTownship = 300;
    public const int ArticlesPerTownship = 2000;
    public const string CountyCode = "bench-county";

    private static readonly string[] Domains = ["health", "natural-resources", "press", "radio-tv", "statistics", "education", "civil-affairs"];
    private static readonly string[] TimeLimits = ["自信息形成或者变更之日起20个工作日内", "信息形成之日起7个工作日内公开", "长期公开", "每年1月31日前", "每季度结束后20个工作日内", "及时"];

    public async Task<Site> CreateAsync()
    {
        var county = await sites.CreateAsync(new SiteCreation(CountyCode, "基准县", Level: SiteLevel.County));
        for (var t = 1; t <= Townships; t++)
        {
            var site = await sites.CreateAsync(new SiteCreation($"bench-{t:000}", $"基准镇{t:000}", CountyCode, SiteLevel.Township));
            await features.EnableAsync(site.Id, Manifest.Disclosure.Id);
            await SeedAsync(site, new Random(t));
        }

        return county;
    }

    private async Task SeedAsync(Site site, Random random)
    {
        await using (var session = store.OpenSession(site.Id))
        {
            var items = new List<ContentItem>();
            items.AddRange(Domains.Select((key, i) => DomainContent.ToContentItem(new Domain { ContentItemId = $"d-{key}", Key = key, Name = key, Order = i })));
            items.Add(ColumnContent.ToContentItem(new Column { ContentItemId = "c-news", Title = "工作动态", Slug = "gzdt", Freshness = FreshnessClass.News }));
            items.Add(ColumnContent.ToContentItem(new Column { ContentItemId = "c-notice", Title = "通知公告", Slug = "tzgg", Freshness = FreshnessClass.NoticesAndPolicies }));
            items.AddRange(Domains.Select(key => ColumnContent.ToContentItem(new Column { ContentItemId = $"c-{key}", Title = key, Slug = key, Domain = key })));
            for (var e = 0; e < EntriesPerTownship; e++)
            {
                var domain = Domains[e % Domains.Length];
                items.Add(ColumnContent.ToContentItem(new Column { ContentItemId = $"c-e{e}", Title = $"事项栏目{e}", Slug = $"e{e}", ParentId = $"c-{domain}", Domain = domain }));
                items.Add(CatalogEntryContent.ToContentItem(new CatalogEntry
                {
                    ContentItemId = $"e{e}", Domain = domain, Category = "基准事项", Item = $"事项{e}", TimeLimit = TimeLimits[e % TimeLimits.Length],
                    ColumnId = $"c-e{e}", Levels = [DisclosureLevel.Township],
                }));
            }

            await ImportAsync(session, items, publish: true);
        }

        for (var chunk = 0; chunk < ArticlesPerTownship; chunk += 500)
        {
            await using var session = store.OpenSession(site.Id);
            var articles = Enumerable.Range(chunk, 500).Select(a => Article(a, random)).ToList();
            await ImportAsync(session, articles.Where(a => a.Published).ToList(), publish: true);
            await ImportAsync(session, articles.Where(a => !a.Published).ToList(), publish: false);
        }
    }

    private static ContentItem Article(int number, Random random)
    {
        var entry = random.Next(EntriesPerTownship);
        var formed = new DateOnly(2026, 1, 1).AddDays(random.Next(330));
        var draft = random.Next(10) == 0;
        var item = ArticleContent.ToContentItem(new Article
        {
            ContentItemId = $"a{number}", Title = $"基准信息{number}", ColumnId = $"c-e{entry}", CatalogEntryId = $"e{entry}", FormedOn = formed,
            PublishedOn = draft ? null : formed.AddDays(random.Next(41)), IndexNumber = draft ? "" : $"BENCH/2026-{number:00000}",
        });
        item.Published = !draft;
        return item;
    }

    private static async Task ImportAsync(ContentSession session, IReadOnlyList<ContentItem> items, bool publish)
    {
        foreach (var item in items)
        {
            item.ContentItemVersionId = item.ContentItemId + "v";
            item.Latest = true;
            item.Published = publish;
            item.PublishedUtc = publish ? DateTime.UtcNow : null;
        }

        await session.ImportAsync(items);
        await session.CommitAsync();
    }
}
