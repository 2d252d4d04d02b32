using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Services.Compliance;
using OrchardGov.Web.Hosting;

namespace OrchardGov.Web.Tests.Admin.Compliance;

/// <summary>A site's 合规检查 page, on townships with the module and no catalog (the report logic for entries is tested on its own).</summary>
public sealed class SiteDashboardTests(ComplianceSites portal) : IClassFixture<ComplianceSites>
{
    // The first township has no column; the second has the blank column 镇务动态.
    private readonly IReadOnlyList<string> _townships = [portal.Townships[1], portal.Townships[0]];

    [Fact]
    public async Task A_township_editor_finds_the_dashboard_in_the_menu_with_the_headline_figures_and_the_veto_risk()
    {
        using var editor = await AdminClient.ForRoleAsync(portal, _townships[0], SiteRole.Editor);

        var menu = await editor.GetPageAsync($"/admin/{_townships[0]}");
        var page = await editor.GetPageTextAsync($"/admin/{_townships[0]}/compliance");

        Assert.Contains($"href=\"/admin/{_townships[0]}/compliance\"", menu);
        Assert.Contains("主动公开事项", page);
        Assert.Contains("有内容", page);
        Assert.Contains("首页不更新", page);
        // Nothing is published, so the home page has not been updated: the veto is met.
        Assert.Contains("已触发单项否决", page);
    }

    [Fact]
    public async Task A_blank_column_is_listed_among_the_columns_at_risk_with_a_link_to_its_public_page()
    {
        using var editor = await AdminClient.ForRoleAsync(portal, _townships[0], SiteRole.Editor);

        var page = await editor.GetPageTextAsync($"/admin/{_townships[0]}/compliance");

        var risk = page[page.IndexOf("栏目风险", StringComparison.Ordinal)..];
        Assert.Contains("镇务动态", risk);
        Assert.Contains("空白", risk);
        Assert.Contains($"href=\"/{_townships[0]}/", risk);
    }

    [Fact]
    public async Task The_editor_of_another_township_is_refused()
    {
        using var other = await AdminClient.ForRoleAsync(portal, _townships[1], SiteRole.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/admin/{_townships[0]}/compliance")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/admin/{_townships[0]}/compliance?handler=Export")).StatusCode);
    }

    [Fact]
    public async Task The_export_is_a_workbook_with_the_summary_the_articles_the_columns_and_the_entry_problems()
    {
        using var editor = await AdminClient.ForRoleAsync(portal, _townships[0], SiteRole.Editor);

        var response = await editor.GetAsync($"/admin/{_townships[0]}/compliance?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["概况", "文章时限", "栏目", "事项问题"], workbook.GetSheetNames());
        var columns = workbook.Query(useHeaderRow: true, sheetName: "栏目").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(columns, row => row["栏目"]?.ToString() == "镇务动态" && row["状态"]?.ToString()!.Contains("空白") == true);
        var summary = workbook.Query(useHeaderRow: true, sheetName: "概况").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(summary, row => row["项目"]?.ToString() == "单项否决" && row["数值"]?.ToString() == "已触发单项否决");
    }

    [SkippableFact]
    public async Task A_rule_that_does_not_read_is_shown_as_the_error_and_nothing_is_stored()
    {
        Skip.IfNot(ComplianceSites.DeadlineRulesReady, ComplianceSites.WaitingForRules);
        using var editor = await AdminClient.ForRoleAsync(portal, _townships[1], SiteRole.Editor);

        var response = await editor.PostFormAsync($"/admin/{_townships[1]}/compliance?handler=Rule", [("Phrase", "按上级要求公开"), ("Rule", "看情况再说")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("无法识别", AdminClient.ErrorIn(await response.Content.ReadAsStringAsync()));
        var site = await portal.Services.GetRequiredService<SiteRegistry>().GetAsync(_townships[1]);
        await using var session = portal.Services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        Assert.Empty(await portal.Services.GetRequiredService<DeadlineRulesStore>().ReadAsync(session));
    }

    [SkippableFact]
    public async Task A_rule_that_reads_is_stored_and_the_page_names_it()
    {
        Skip.IfNot(ComplianceSites.DeadlineRulesReady, ComplianceSites.WaitingForRules);
        var township = portal.Townships[2];
        using var editor = await AdminClient.ForRoleAsync(portal, township, SiteRole.Editor);

        var page = await editor.PostFormAndFollowAsync($"/admin/{township}/compliance?handler=Rule",
            [("Phrase", "按上级要求公开"), ("Rule", "自信息形成或者变更之日起20个工作日内")]);

        Assert.Contains("已为公开时限“按上级要求公开”设定规则", page);
    }

    [SkippableFact]
    public async Task A_demo_township_with_its_whole_catalog_shows_its_entries_on_the_dashboard()
    {
        Skip.IfNot(ComplianceSites.DeadlineRulesReady, ComplianceSites.WaitingForRules);
        var township = portal.Services.GetRequiredService<Recipes.Scaffolding.SiteScaffolder>().TownshipsUnder(FirstStart.DemoCounty)[0].Code;
        using var editor = await AdminClient.ForRoleAsync(portal, township, SiteRole.Editor);

        var page = await editor.GetPageTextAsync($"/admin/{township}/compliance");

        Assert.Contains("主动公开事项", page);
        Assert.Contains("事项问题", page);
        Assert.DoesNotContain("<dd>0</dd>", page[..page.IndexOf("有栏目", StringComparison.Ordinal)]);
    }
}
