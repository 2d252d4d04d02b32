using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Web.Tests.Apis;

/// <summary>The catalog and column APIs of the demo townships that the first start scaffolds.</summary>
public sealed class CatalogApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_demo_township_serves_its_whole_catalog_with_every_proactive_entry_linked_to_its_column()
    {
        var catalog = JsonNode.Parse(await portal.CreateClient().GetStringAsync("/431202001/api/catalog"))!;

        Assert.Equal("城中街道", catalog["siteName"]!.GetValue<string>());
        var domains = catalog["domains"]!.AsArray();
        Assert.Equal(["医疗卫生", "广播电视", "交通运输", "旅游", "统计", "新闻出版", "自然资源"], domains.Select(d => d!["name"]!.GetValue<string>()));
        var entries = domains.SelectMany(d => d!["entries"]!.AsArray()).ToList();
        Assert.All(entries, e => Assert.Contains("乡级", e!["levels"]!.AsArray().Select(l => l!.GetValue<string>())));
        foreach (var entry in entries)
        {
            var column = entry!["column"];
            if (entry["method"]!.GetValue<string>() == "主动")
            {
                Assert.StartsWith("政府信息公开 > 政务公开事项标准目录 > ", column!["path"]!.GetValue<string>());
                Assert.EndsWith(" > " + entry["item"]!.GetValue<string>(), column["path"]!.GetValue<string>());
                Assert.StartsWith("/431202001/zfxxgk/bzml/", column["url"]!.GetValue<string>());
            }
            else
            {
                Assert.Null(column);
            }
        }
    }

    [Fact]
    public async Task The_column_tree_holds_the_disclosure_platform_the_catalog_domains_and_the_common_columns()
    {
        var tree = JsonNode.Parse(await portal.CreateClient().GetStringAsync("/431202002/api/columns"))!.AsArray();

        Assert.Equal(["政府信息公开", "工作动态", "通知公告"], tree.Select(c => c!["title"]!.GetValue<string>()));
        var disclosure = tree[0]!["children"]!.AsArray().Select(c => c!["title"]!.GetValue<string>());
        Assert.Equal(["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政务公开事项标准目录", "政府信息公开年报", "依申请公开"], disclosure);
        var catalogColumn = tree[0]!["children"]![3]!;
        Assert.Equal(7, catalogColumn["children"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_domain_marked_not_applicable_shows_its_note_in_the_catalog_and_leaves_the_column_tree()
    {
        var site = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync("431202003");
        await using (var session = portal.Services.GetRequiredService<ContentStore>().OpenSession(site.Id))
        {
            await portal.Services.GetRequiredService<NotApplicableDomains>().MarkAsync(session, "press", "本街道无新闻出版管理职能。");
            await session.CommitAsync();
        }

        var client = portal.CreateClient();
        var press = JsonNode.Parse(await client.GetStringAsync("/431202003/api/catalog"))!["domains"]!.AsArray().Single(d => d!["key"]!.GetValue<string>() == "press")!;
        var tree = await client.GetStringAsync("/431202003/api/columns");

        Assert.True(press["notApplicable"]!.GetValue<bool>());
        Assert.Equal("本街道无新闻出版管理职能。", press["notApplicableReason"]!.GetValue<string>());
        Assert.Empty(press["entries"]!.AsArray());
        Assert.DoesNotContain("新闻出版", tree);
        Assert.Contains("医疗卫生", tree);
    }

    [Fact]
    public async Task The_catalog_routes_answer_404_where_the_module_is_off_or_the_site_does_not_exist()
    {
        var client = portal.CreateClient();
        await client.GetAsync("/healthz");
        var site = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync("431202004");
        await portal.Services.GetRequiredService<FeatureService>().DisableAsync(site.Id, Manifest.Disclosure.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/431202004/api/catalog")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/431202004/api/columns")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/888888/api/catalog")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/431202005/api/catalog")).StatusCode);
    }
}
