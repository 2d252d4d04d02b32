using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Tests.Portal;

public sealed class PublicPortalTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_health_check_answers_200()
    {
        var response = await portal.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_first_start_creates_the_demo_platform_whose_county_page_shows_its_name_and_townships()
    {
        var page = await portal.CreateClient().GetStringAsync("/431202/");

        Assert.Contains("<html lang=\"zh-CN\">", page);
        Assert.Matches("<h1[^>]*>鹤城区</h1>", page);
        Assert.Contains("<a href=\"/431202001/\">城中街道</a>", page);
    }

    [Fact]
    public async Task The_platform_home_lists_the_top_level_sites()
    {
        var page = await portal.CreateClient().GetStringAsync("/");

        Assert.Contains("<a href=\"/4312/\">怀化市</a>", page);
        Assert.DoesNotContain("/431202/", page);
    }

    [Theory]
    [InlineData("/999999/")]
    [InlineData("/431202/no-such-page")]
    [InlineData("/NOT_A_CODE/")]
    public async Task An_unknown_address_gets_a_Chinese_not_found_page(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_site_is_served_at_the_root_of_its_own_host_name()
    {
        portal.CreateClient();
        await portal.Services.GetRequiredService<SiteRegistry>().UpdateAsync("431202101", new SiteUpdate(HostNames: ["hjaz.hecheng.gov.cn"]));

        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Host = "hjaz.hecheng.gov.cn";

        Assert.Matches("<h1[^>]*>黄金坳镇</h1>", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task On_a_county_served_at_its_own_host_name_the_links_to_its_townships_work()
    {
        portal.CreateClient();
        await portal.Services.GetRequiredService<SiteRegistry>().UpdateAsync("431202", new SiteUpdate(HostNames: ["www.hecheng.gov.cn"]));
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Host = "www.hecheng.gov.cn";

        Assert.Contains("<a href=\"/431202001/\">城中街道</a>", await client.GetStringAsync("/"));
        Assert.Matches("<h1[^>]*>城中街道</h1>", await client.GetStringAsync("/431202001/"));
    }
}
