using System.Diagnostics;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Benchmarks;

/// <summary>
/// A city of <see cref="Counties"/> counties of <see cref="TownshipsPerCounty"/> townships (200), every site running
/// the Disclosure module. Each township has 7 domains, the columns 工作动态, 通知公告 and one per domain under 政府信息公开,
/// 49 catalog entries and <see cref="ArticlesPerTownship"/> published articles (1,000,000 in all) from 2019 to 2026, one
/// in eight with a 文号. The counties have the catalog and no articles. Stored through the content store as an import
/// would, a site's articles <see cref="ArticlesPerSession"/> to a session.
/// </summary>
public sealed class SearchCorpusSeed(ContentStore store, SiteRegistry sites, FeatureService features)
{
    public const int Counties = 10;
    public const int TownshipsPerCounty = 20;
    public const int Townships = Counties * TownshipsPerCounty;
    public const int ArticlesPerTownship = 5_000;
    public const int EntriesPerDomain = 7;
    public const int ArticlesPerSession = 1_000;
    public const string CityCode = "bench-search-city";

    private static readonly DateOnly FirstDay = new(2019, 1, 1);
    private static readonly DateOnly LastDay = new(2026, 11, 30);

    public static readonly (string Key, string Name)[] Domains =
    [
        ("health", "医疗卫生"), ("natural-resources", "自然资源"), ("press", "新闻出版"), ("radio-tv", "广播电视"),
        ("statistics", "统计"), ("education", "教育"), ("civil-affairs", "民政"),
    ];

    private static readonly string[] TimeLimits = ["自信息形成或者变更之日起20个工作日内", "信息形成之日起7个工作日内公开", "长期公开", "每年1月31日前", "及时"];
    private static readonly string[] ArticleTopics = ["综合政务", "城乡建设、环境保护", "卫生、体育", "民政、扶贫、救灾", "农业、林业、水利", "公安、安全、司法"];

    public static string SiteCode(int township) => $"bench-search-{township:000}";

    /// <summary>The county of township 1–200: 1–20 are in county 1, and so on.</summary>
    public static string CountyCode(int township) => $"bench-search-county-{(township - 1) / TownshipsPerCounty + 1:00}";

    /// <summary>Article <paramref name="number"/> of every township is published on this day: the articles spread evenly over 2019–2026.</summary>
    public static DateOnly PublishedOn(int number) => FirstDay.AddDays(number * (LastDay.DayNumber - FirstDay.DayNumber) / ArticlesPerTownship);

    /// <summary>The article's 文号 (青山政发〔2024〕12号), for one article in eight; empty for the others.</summary>
    public static string DocumentNumber(int township, int number) => (number % 8) switch
    {
        0 => $"{SearchCorpusWords.Township(township)[..2]}政发〔{PublishedOn(number).Year}〕{number / 8 + 1}号",
        4 when number % 16 == 4 => $"{SearchCorpusWords.Township(township)[..2]}政办发〔{PublishedOn(number).Year}〕{number / 16 + 1}号",
        _ => "",
    };

    public async Task<Site> CreateAsync()
    {
        var clock = Stopwatch.StartNew();
        var city = await sites.CreateAsync(new SiteCreation(CityCode, "基准搜索市", Level: SiteLevel.City));
        for (var c = 1; c <= Counties; c++)
        {
            var county = await sites.CreateAsync(new SiteCreation(CountyCode(c * TownshipsPerCounty), $"基准搜索县{c:00}", CityCode, SiteLevel.County));
            await features.EnableAsync(county.Id, Manifest.Disclosure.Id);
            await CatalogAsync(county, county.Name);
        }

        for (var t = 1; t <= Townships; t++)
        {
            var name = SearchCorpusWords.Township(t);
            var site = await sites.CreateAsync(new SiteCreation(SiteCode(t), name, CountyCode(t), SiteLevel.Township));
            await features.EnableAsync(site.Id, Manifest.Disclosure.Id);
            await CatalogAsync(site, name);
            await ArticlesAsync(site, t, new Random(t));
            if (t % 10 == 0)
            {
                var articles = (long)t * ArticlesPerTownship;
                Console.WriteLine($"  seeded {t}/{Townships} townships, {articles:N0} articles, {clock.Elapsed.TotalSeconds:F0} s ({articles / clock.Elapsed.TotalSeconds:N0} articles/s)");
            }
        }

        return city;
    }

    private async Task CatalogAsync(Site site, string name)
    {
        await using var session = store.OpenSession(site.Id);
        var items = new List<ContentItem>
        {
            ColumnContent.ToContentItem(new Column { ContentItemId = "c-news", Title = "工作动态", Slug = "gzdt", Order = 1, Freshness = FreshnessClass.News }),
            ColumnContent.ToContentItem(new Column { ContentItemId = "c-notice", Title = "通知公告", Slug = "tzgg", Order = 2, Freshness = FreshnessClass.NoticesAndPolicies }),
            ColumnContent.ToContentItem(new Column { ContentItemId = "c-gk", Title = "政府信息公开", Slug = "zfxxgk", Order = 3 }),
        };
        for (var d = 0; d < Domains.Length; d++)
        {
            var (key, domainName) = Domains[d];
            items.Add(DomainContent.ToContentItem(new Domain { ContentItemId = $"d-{key}", Key = key, Name = domainName, Order = d, ColumnId = $"c-{key}" }));
            items.Add(ColumnContent.ToContentItem(new Column { ContentItemId = $"c-{key}", Title = domainName, Slug = key, ParentId = "c-gk", Order = d, Domain = key }));
            for (var j = 0; j < EntriesPerDomain; j++)
            {
                var e = d * EntriesPerDomain + j;
                var topic = SearchCorpusWords.Topics[e];
                items.Add(CatalogEntryContent.ToContentItem(new CatalogEntry
                {
                    ContentItemId = $"e{e}", Domain = key, Category = $"{domainName}事项", Item = $"{topic}信息", Order = e,
                    Elements = $"{topic}相关政策文件、办理流程、办理结果", LegalBasis = $"《中华人民共和国政府信息公开条例》《关于全面推进{topic}工作的意见》",
                    TimeLimit = TimeLimits[e % TimeLimits.Length], ResponsibleBody = $"{name}人民政府", Channels = ["政府网站", "政务公开栏"],
                    Audience = Audience.Public, Method = DisclosureMethod.Proactive, Levels = [DisclosureLevel.Township], ColumnId = $"c-{key}",
                }));
            }
        }

        await ImportAsync(session, items);
    }

    private async Task ArticlesAsync(Site site, int township, Random random)
    {
        var text = new SearchCorpusText(random, site.Name);
        for (var first = 0; first < ArticlesPerTownship; first += ArticlesPerSession)
        {
            await using var session = store.OpenSession(site.Id);
            var articles = Enumerable.Range(first, ArticlesPerSession).Select(number => Article(township, number, text, random)).ToList();
            await ImportAsync(session, articles);
        }
    }

    private static ContentItem Article(int township, int number, SearchCorpusText text, Random random)
    {
        var published = PublishedOn(number);
        var (title, body) = text.Article(published.Year);
        var (columnId, entryId) = Place(random);
        var validity = random.Next(100) switch { < 3 => Validity.Amended, < 5 => Validity.Repealed, _ => Validity.Valid };
        return ArticleContent.ToContentItem(new Article
        {
            ContentItemId = $"a{number}", Title = title, Body = body, ColumnId = columnId, CatalogEntryId = entryId,
            IndexNumber = $"BSC{township:000}/{published.Year}-{number + 1:00000}", DocumentNumber = DocumentNumber(township, number),
            IssuingBody = text.Town + random.Pick(SearchCorpusWords.TownOffices)[1..], Topic = random.Pick(ArticleTopics),
            FormedOn = published, WrittenOn = published, PublishedOn = published, Validity = validity,
        });
    }

    /// <summary>35 % of the articles in 工作动态, 25 % in 通知公告, the rest in a domain's column for one of its entries.</summary>
    private static (string ColumnId, string? EntryId) Place(Random random)
    {
        var place = random.Next(100);
        if (place < 60)
        {
            return (place < 35 ? "c-news" : "c-notice", null);
        }

        var d = random.Next(Domains.Length);
        return ($"c-{Domains[d].Key}", $"e{d * EntriesPerDomain + random.Next(EntriesPerDomain)}");
    }

    private static async Task ImportAsync(ContentSession session, IReadOnlyList<ContentItem> items)
    {
        foreach (var item in items)
        {
            item.ContentItemVersionId = item.ContentItemId + "v";
            item.Latest = true;
            item.Published = true;
            item.PublishedUtc = DateTime.UtcNow;
        }

        await session.ImportAsync(items);
        await session.CommitAsync();
    }
}
