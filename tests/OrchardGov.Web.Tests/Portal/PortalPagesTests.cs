using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Web.Tests.Portal;

/// <summary>The public pages of the demo townships, as a visitor's browser receives them. Each test uses a township of its own.</summary>
public sealed class PortalPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private HttpClient Client() => portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task A_published_article_is_on_its_column_page_and_the_home_page_at_the_next_request_and_gone_after_unpublishing()
    {
        var client = Client();
        Assert.Contains("本栏目暂无信息", await client.GetStringAsync("/431202002/gzdt/"));
        Assert.DoesNotContain("城北街道召开安全生产会议", await client.GetStringAsync("/431202002/"));

        var id = await PortalContent.PublishAsync(portal.Services, "431202002", PortalContent.News("城北街道召开安全生产会议"));

        var column = await client.GetStringAsync("/431202002/gzdt/");
        Assert.Contains($"href=\"/431202002/gzdt/{id}.html\"", column);
        Assert.Contains("城北街道召开安全生产会议", column);
        Assert.Contains("城北街道召开安全生产会议", await client.GetStringAsync("/431202002/"));
        Assert.Contains("<h1>城北街道召开安全生产会议</h1>", await client.GetStringAsync($"/431202002/gzdt/{id}.html"));

        await PortalContent.UnpublishAsync(portal.Services, "431202002", id);

        Assert.DoesNotContain("城北街道召开安全生产会议", await client.GetStringAsync("/431202002/gzdt/"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/431202002/gzdt/{id}.html")).StatusCode);
    }

    [Fact]
    public async Task A_long_column_is_paged_newest_first()
    {
        for (var day = 1; day <= 25; day++)
        {
            await PortalContent.PublishAsync(portal.Services, "431202003", PortalContent.News($"红星街道第{day}号动态") with { PublishedOn = new DateOnly(2026, 10, day) });
        }

        var client = Client();
        var first = await client.GetStringAsync("/431202003/gzdt/");
        var second = await client.GetStringAsync("/431202003/gzdt/?page=2");

        Assert.True(first.IndexOf("红星街道第25号动态", StringComparison.Ordinal) < first.IndexOf("红星街道第24号动态", StringComparison.Ordinal));
        Assert.DoesNotContain("红星街道第5号动态<", first);
        Assert.Contains("红星街道第5号动态", second);
        Assert.Contains("href=\"/431202003/gzdt/?page=2\"", first);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/431202003/gzdt/?page=3")).StatusCode);
    }

    [Fact]
    public async Task The_article_page_shows_the_standard_metadata_the_catalog_panel_and_the_attachments_type_and_size()
    {
        var catalog = await PortalContent.CatalogAsync(portal.Services, "431202004");
        var entry = catalog.Entries.First(e => e.IsProactive && e.Domain == "health");
        var column = catalog.Columns.Find(entry.ColumnId)!;
        Directory.CreateDirectory(Path.Combine(portal.MediaFolder, "431202004", "2026"));
        await File.WriteAllBytesAsync(Path.Combine(portal.MediaFolder, "431202004", "2026", "接种安排.pdf"), new byte[2560]);
        var id = await PortalContent.PublishAsync(portal.Services, "431202004", new Article
        {
            Title = "2026年冬季预防接种安排", Body = "<p>接种时间和地点如下。</p>", ColumnId = column.ContentItemId, CatalogEntryId = entry.ContentItemId,
            IndexNumber = "11431202MB1234567X/2026-00042", IssuingBody = "迎丰街道社会事务综合服务中心", WrittenOn = new DateOnly(2026, 11, 18),
            PublishedOn = new DateOnly(2026, 11, 19), DocumentNumber = "迎街发〔2026〕12号", Topic = "卫生、体育", Attachments = ["2026/接种安排.pdf"],
        });

        var page = await Client().GetStringAsync(catalog.Columns.UrlOf("431202004", column.ContentItemId) + id + ".html");

        foreach (var text in new[] { "索引号", "11431202MB1234567X/2026-00042", "发布机构", "迎丰街道社会事务综合服务中心", "成文日期", "2026-11-18",
                     "发布日期", "2026-11-19", "文号", "迎街发〔2026〕12号", "主题分类", "卫生、体育", "有效性", "有效" })
        {
            Assert.Contains(text, page);
        }

        foreach (var text in new[] { "所属领域", "医疗卫生", entry.Category, entry.Item, entry.TimeLimit, "公开方式", "主动", "公开层级", "公开渠道和载体" })
        {
            Assert.Contains(text, WebUtility.HtmlDecode(page));
        }

        var link = Regex.Match(page, "<a[^>]*href=\"/431202004/media/2026/[^\"]+\"[^>]*>(.*?)</a>", RegexOptions.Singleline);
        Assert.True(link.Success, "no attachment link");
        var linkText = Regex.Replace(link.Groups[1].Value, "<[^>]+>", "");
        Assert.Contains("接种安排.pdf", linkText);
        Assert.Contains("PDF", linkText);
        Assert.Contains("2.5 KB", linkText);
        var file = await Client().GetAsync("/431202004/media/2026/%E6%8E%A5%E7%A7%8D%E5%AE%89%E6%8E%92.pdf");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/431202004/media/..%2F..%2Fportal.db")]
    [InlineData("/431202004/media/../431202001/x.pdf")]
    [InlineData("/431202004/media/2026/none.pdf")]
    public async Task A_media_path_outside_the_site_or_missing_is_not_found(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_domain_marked_not_applicable_shows_its_note_on_its_column_and_on_the_catalog_page()
    {
        var site = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync("431202005");
        await using (var session = portal.Services.GetRequiredService<ContentStore>().OpenSession(site.Id))
        {
            await portal.Services.GetRequiredService<NotApplicableDomains>().MarkAsync(session, "press", "本街道无新闻出版管理职能。");
            await session.CommitAsync();
        }

        var client = Client();
        var column = await client.GetStringAsync("/431202005/zfxxgk/bzml/press/");
        var catalog = await client.GetStringAsync("/431202005/catalog");

        Assert.Contains("未涉及新闻出版领域事项：本街道无新闻出版管理职能。", column);
        Assert.Contains("未涉及新闻出版领域事项：本街道无新闻出版管理职能。", catalog);
        Assert.DoesNotContain("/431202005/zfxxgk/bzml/press/", await client.GetStringAsync("/431202005/zfxxgk/bzml/"));
    }

    [Fact]
    public async Task The_catalog_page_shows_each_domains_table_filters_by_domain_and_method_and_links_proactive_rows_to_their_columns()
    {
        var catalog = await PortalContent.CatalogAsync(portal.Services, "431202006");
        var client = Client();

        var all = await client.GetStringAsync("/431202006/catalog");
        foreach (var domain in catalog.Domains)
        {
            Assert.Contains(domain.Name, all);
        }

        var proactive = catalog.Entries.Where(e => e.IsProactive).ToList();
        Assert.All(proactive, e => Assert.Contains($"href=\"{catalog.Columns.UrlOf("431202006", e.ColumnId!)}\"", all));

        var transport = WebUtility.HtmlDecode(await client.GetStringAsync("/431202006/catalog?domain=transport&method=" + Uri.EscapeDataString("主动")));
        Assert.Matches("<h2[^>]*>\\s*交通运输", transport);
        Assert.DoesNotMatch("<h2[^>]*>\\s*医疗卫生", transport);
        Assert.All(catalog.EntriesOf("transport"), e => Assert.Contains($"href=\"{catalog.Columns.UrlOf("431202006", e.ColumnId!)}\"", transport));

        // A township's standard catalog has no 依申请 rows.
        Assert.Contains("没有符合条件的事项", await client.GetStringAsync("/431202006/catalog?method=" + Uri.EscapeDataString("依申请")));
    }

    [Fact]
    public async Task An_unchanged_page_answers_304_to_its_etag_and_a_change_gives_a_new_one()
    {
        var client = Client();
        var first = await client.GetAsync("/431202007/gzdt/");
        var etag = first.Headers.ETag!;
        Assert.NotNull(first.Content.Headers.LastModified);

        var again = new HttpRequestMessage(HttpMethod.Get, "/431202007/gzdt/");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        await PortalContent.PublishAsync(portal.Services, "431202007", PortalContent.News("城南街道开展消防演练"));
        var afterChange = new HttpRequestMessage(HttpMethod.Get, "/431202007/gzdt/");
        afterChange.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(afterChange);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("城南街道开展消防演练", await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_and_a_policy_without_inline_script()
    {
        var response = await Client().GetAsync("/431202001/");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_elderly_mode_link_sets_a_cookie_that_every_later_page_honours_and_never_redirects_off_site()
    {
        var client = Client();
        var home = await client.GetStringAsync("/431202001/");
        var toggle = WebUtility.HtmlDecode(Regex.Match(home, "href=\"(/elderly-mode\\?on=1[^\"]*)\"").Groups[1].Value);

        var switched = await client.GetAsync(toggle);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/431202001/", switched.Headers.Location?.OriginalString);
        var cookie = switched.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        var later = new HttpRequestMessage(HttpMethod.Get, "/431202001/gzdt/");
        later.Headers.Add("Cookie", cookie);
        Assert.Contains("class=\"elderly\"", await (await client.SendAsync(later)).Content.ReadAsStringAsync());
        Assert.DoesNotContain("class=\"elderly\"", await client.GetStringAsync("/431202001/gzdt/"));

        var offSite = await client.GetAsync("/elderly-mode?on=1&return=" + Uri.EscapeDataString("https://evil.example/"));
        Assert.Equal("/", offSite.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_sitemap_and_the_column_feed_list_published_articles_with_absolute_addresses()
    {
        var id = await PortalContent.PublishAsync(portal.Services, "431202001", PortalContent.News("城中街道发布冬季供暖通知", "col-tzgg"));
        var client = Client();

        var sitemap = await client.GetAsync("/431202001/sitemap.xml");
        var feed = await client.GetAsync("/431202001/tzgg/rss.xml");

        Assert.Equal("application/xml", sitemap.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<loc>http://localhost/431202001/tzgg/{id}.html</loc>", await sitemap.Content.ReadAsStringAsync());
        Assert.Contains("<loc>http://localhost/431202001/zfxxgk/gkzn/</loc>", await sitemap.Content.ReadAsStringAsync());
        Assert.Equal("application/rss+xml", feed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>城中街道发布冬季供暖通知</title>", await feed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_have_a_canonical_address_and_the_home_of_a_county_lists_its_townships()
    {
        var page = await Client().GetStringAsync("/431202/?utm_source=wechat");

        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/431202/\">", page);
        Assert.Contains("href=\"/431202001/\"", page);
    }

    [Fact]
    public async Task Disabling_the_module_on_one_township_makes_its_portal_pages_404_there_and_nowhere_else()
    {
        var site = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync("431202101");
        var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/431202101/gzdt/")).StatusCode);

        await portal.Services.GetRequiredService<FeatureService>().DisableAsync(site.Id, Manifest.Disclosure.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/431202101/gzdt/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/431202101/catalog")).StatusCode);
        Assert.DoesNotContain("工作动态", await client.GetStringAsync("/431202101/"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/431202001/gzdt/")).StatusCode);
    }
}
