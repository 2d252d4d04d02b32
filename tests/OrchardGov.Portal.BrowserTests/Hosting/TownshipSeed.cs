using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;
using OrchardGov.Portal.BrowserTests.Pages;

namespace OrchardGov.Portal.BrowserTests.Hosting;

/// <summary>
/// Gives one demo township what a real one has after a few months: enough 工作动态 to fill two list pages, some
/// 通知公告, a document with every metadata field, its catalog entry and a PDF attachment, and a domain it marks
/// 未涉及. The empty 政府信息公开年报 column stays empty.
/// </summary>
public static class TownshipSeed
{
    public const string Code = "431202001";
    public const int NewsCount = 30;
    public const string AttachmentPath = "2026/关于开展春季爱国卫生运动的通知.pdf";

    private static readonly DateOnly FirstNewsDay = new(2026, 1, 5);

    public static async Task<SeededTownship> SeedAsync(IServiceProvider services, string mediaFolder)
    {
        var sites = services.GetRequiredService<SiteRegistry>();
        await sites.UpdateAsync(Code, new SiteUpdate(
            SiteIdentificationCode: "4312020001", IcpRecord: "湘ICP备12345678号-1", PublicSecurityRecord: "湘公网安备43120202000123号",
            Sponsor: "怀化市鹤城区城中街道办事处", Contact: "地址：怀化市鹤城区迎丰中路1号 电话：0745-2222222"));
        var site = await sites.GetAsync(Code);

        await using var session = services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        var catalog = await services.GetRequiredService<CatalogReader>().ReadAsync(session);
        var entry = catalog.Entries.First(e => e.IsProactive && e.ColumnId is not null);
        var entryDomain = catalog.Domains.Single(d => d.Key == entry.Domain);
        var absent = catalog.Domains.Last(d => d.Key != entry.Domain && d.ColumnId is not null);

        var news = Enumerable.Range(1, NewsCount)
            .Select(n => new Article
            {
                Title = $"城中街道开展第{n}期“我为群众办实事”走访活动",
                Body = $"<p>第{n}期走访活动覆盖辖区各社区，共收集群众意见建议{n + 10}条，均已交办落实。</p>",
                ColumnId = "col-gzdt",
                PublishedOn = FirstNewsDay.AddDays(n),
                IssuingBody = site.Name,
            })
            .ToList();
        foreach (var article in news)
        {
            session.Create(ArticleContent.ToContentItem(article), publish: true);
        }

        for (var n = 1; n <= 4; n++)
        {
            session.Create(ArticleContent.ToContentItem(new Article
            {
                Title = $"关于城中街道第{n}季度重点工作安排的公告",
                Body = "<p>现将有关事项公告如下。</p>",
                ColumnId = "col-tzgg",
                PublishedOn = new DateOnly(2026, 3 * n - 2, 1),
            }), publish: true);
        }

        var full = new Article
        {
            Title = "关于开展2026年春季爱国卫生运动的通知",
            Body = "<p>各社区、各单位：为巩固国家卫生城市创建成果，现就开展春季爱国卫生运动有关事项通知如下。</p>"
                + "<h2>一、工作目标</h2><p>全面清理辖区卫生死角，营造干净整洁的人居环境。</p>",
            ColumnId = entry.ColumnId,
            CatalogEntryId = entry.ContentItemId,
            IndexNumber = "11431202MB1234567X/2026-00012",
            IssuingBody = "怀化市鹤城区城中街道办事处",
            DocumentNumber = "城中办发〔2026〕3号",
            Topic = "卫生、体育",
            WrittenOn = new DateOnly(2026, 3, 2),
            FormedOn = new DateOnly(2026, 3, 2),
            PublishedOn = new DateOnly(2026, 3, 5),
            Validity = Validity.Valid,
            Attachments = [AttachmentPath],
        };
        var fullItem = ArticleContent.ToContentItem(full);
        session.Create(fullItem, publish: true);
        full = full with { ContentItemId = fullItem.ContentItemId };
        SamplePdf.Write(Path.Combine(mediaFolder, Code, AttachmentPath));

        var reason = $"本街道不承担{absent.Name}领域的管理和服务职能，相关事项由区级部门负责办理。";
        absent = await services.GetRequiredService<NotApplicableDomains>().MarkAsync(session, absent.Key, reason);
        await session.CommitAsync();

        var entryColumn = catalog.Columns.UrlOf(Code, entry.ColumnId!);
        var paths = new Dictionary<PageKind, string>
        {
            [PageKind.Home] = $"/{Code}/",
            [PageKind.DisclosureIndex] = $"/{Code}/zfxxgk/",
            [PageKind.ListColumn] = $"/{Code}/gzdt/",
            [PageKind.ListColumnPage2] = $"/{Code}/gzdt/?page=2",
            [PageKind.SinglePageColumn] = $"/{Code}/zfxxgk/gkzn/",
            [PageKind.CatalogEntryColumn] = entryColumn,
            [PageKind.Article] = $"{entryColumn}{full.ContentItemId}.html",
            [PageKind.Catalog] = $"/{Code}/catalog",
            [PageKind.CatalogFiltered] = $"/{Code}/catalog?domain={entry.Domain}&method={Uri.EscapeDataString(ChineseLabels.Of(DisclosureMethod.Proactive))}",
            [PageKind.NotApplicableColumn] = catalog.Columns.UrlOf(Code, absent.ColumnId!),
            [PageKind.SearchResults] = $"/{Code}/search?q={Uri.EscapeDataString("爱国卫生")}",
            [PageKind.SearchHelp] = $"/{Code}/search?q=",
            [PageKind.NotFound] = $"/{Code}/no-such-column/",
        };
        return new SeededTownship(Code, site.Name, paths, $"/{Code}/zfxxgk/gknb/",
            news.OrderByDescending(a => a.PublishedOn).Select(a => a.Title).ToList(), full, entry, entryDomain.Name, absent);
    }
}
