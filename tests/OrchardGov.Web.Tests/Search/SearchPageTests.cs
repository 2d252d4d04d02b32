using System.Net;
using System.Text.Json;
using OrchardGov.Web.Tests.Portal;

namespace OrchardGov.Web.Tests.Search;

/// <summary>The public search page and <c>/api/search</c> on the demo platform.</summary>
public sealed class SearchPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Township = "431202001";

    [Fact]
    public async Task A_published_notice_is_found_with_the_words_marked_and_a_link_to_it()
    {
        var client = portal.CreateClient();
        var id = await PortalContent.PublishAsync(portal.Services, Township, PortalContent.News("城中街道城乡居民医保缴费工作的通知", "col-tzgg") with
        {
            Body = "<p>2027年度城乡居民医保缴费即将开始，请各村组织居民按时缴费。</p>",
        });

        var page = await client.GetStringAsync($"/{Township}/search?q=医保缴费");

        Assert.Contains($"/{Township}/tzgg/{id}.html", page);
        Assert.Contains("城中街道城乡居民<mark>医保缴费</mark>工作的通知", page.Replace("</mark><mark>", ""));
        Assert.Contains("找到", page);
        Assert.Contains("<aside class=\"search-facets\"", page);
    }

    [Fact]
    public async Task Every_page_of_the_site_has_a_search_box_that_leads_to_the_search_page()
    {
        var home = await portal.CreateClient().GetStringAsync($"/{Township}/");

        Assert.Contains($"<form class=\"site-search\" role=\"search\" action=\"/{Township}/search\"", home);
        Assert.Contains("<label for=\"site-search-q\"", home);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("\"*:(~")]
    public async Task Blank_or_symbol_only_input_gets_a_page_that_says_what_to_type(string q)
    {
        var response = await portal.CreateClient().GetAsync($"/{Township}/search?q={Uri.EscapeDataString(q)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(q.Length == 0 ? "请输入要搜索的内容" : "没有可以搜索的字词", page);
        Assert.Contains("医保缴费", page);
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_answered_and_the_page_says_it_was_cut()
    {
        var q = string.Concat(Enumerable.Repeat("医保\"*:(~ -", 1000));

        var response = await portal.CreateClient().GetAsync($"/{Township}/search?q={Uri.EscapeDataString(q)}&page=abc&year=%00");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("搜索词过长，只按前 100 个字搜索", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_gives_the_same_results_as_json()
    {
        var id = await PortalContent.PublishAsync(portal.Services, Township, PortalContent.News("城中街道低保对象名单公示", "col-tzgg"));

        var json = JsonDocument.Parse(await portal.CreateClient().GetStringAsync($"/{Township}/api/search?q=低保&kind=Article")).RootElement;

        Assert.Equal("低保", json.GetProperty("query").GetString());
        var hit = json.GetProperty("hits").EnumerateArray().First();
        Assert.Equal(id, hit.GetProperty("contentItemId").GetString());
        Assert.Equal($"/{Township}/tzgg/{id}.html", hit.GetProperty("url").GetString());
        Assert.Contains("<mark>", hit.GetProperty("titleHtml").GetString());
        Assert.Contains(json.GetProperty("facets").EnumerateArray(), f => f.GetProperty("name").GetString() == "year");
    }

    [Fact]
    public async Task The_county_site_offers_the_whole_county_and_finds_a_townships_article()
    {
        var id = await PortalContent.PublishAsync(portal.Services, Township, PortalContent.News("城中街道防汛抗旱应急预案", "col-tzgg"));
        var client = portal.CreateClient();

        var own = await client.GetStringAsync("/431202/search?q=防汛抗旱应急预案");
        var county = await client.GetStringAsync("/431202/search?q=防汛抗旱应急预案&scope=county");

        Assert.Contains("全县（含各乡镇、街道）", own);
        Assert.DoesNotContain(id, own);
        Assert.Contains($"/{Township}/tzgg/{id}.html", county);
        Assert.Contains("城中街道", county);
    }

    [Fact]
    public async Task A_site_without_the_module_has_no_search()
    {
        var response = await portal.CreateClient().GetAsync("/4312/search?q=医保");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
