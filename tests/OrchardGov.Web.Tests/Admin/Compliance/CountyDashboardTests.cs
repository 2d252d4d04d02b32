using System.Net;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Disclosure.Excel;

namespace OrchardGov.Web.Tests.Admin.Compliance;

/// <summary>The county's 下级合规 page: a row per site with the module, the 合计 row, sorting, charts and the Excel export.</summary>
public sealed partial class CountyDashboardTests(ComplianceSites portal) : IClassFixture<ComplianceSites>
{
    private const string Page = $"/admin/{ComplianceSites.County}/compliance/sites";

    private readonly IReadOnlyList<string> _townships = portal.Townships;
    private readonly string _withoutModule = portal.WithoutModule;

    [Fact]
    public async Task The_county_reviewer_sees_a_row_for_the_county_and_each_township_with_the_module_and_the_total_last()
    {
        using var reviewer = await AdminClient.ForRoleAsync(portal, ComplianceSites.County, SiteRole.Reviewer);

        var html = await reviewer.GetPageTextAsync(Page);

        Assert.Equal([ComplianceSites.County, .. _townships], RowSites(html));
        // The reviewer reads the townships' drafts, not the county's own: only the townships link to their dashboards.
        Assert.Contains($"href=\"/admin/{_townships[0]}/compliance\"", html);
        Assert.DoesNotContain($"href=\"/admin/{ComplianceSites.County}/compliance\"", html);
        Assert.Contains("<th scope=\"row\">合计</th>", html);
        Assert.True(html.IndexOf("<th scope=\"row\">合计", StringComparison.Ordinal) > html.IndexOf($"/admin/{_townships[^1]}/compliance", StringComparison.Ordinal));
        Assert.Contains("未启用政务公开模块的站点", html);
        Assert.Contains($"（{_withoutModule}）", html);
    }

    [Fact]
    public async Task The_charts_say_their_figures_in_words_for_screen_readers()
    {
        using var reviewer = await AdminClient.ForRoleAsync(portal, ComplianceSites.County, SiteRole.Reviewer);
        var name = await portal.NameOfAsync(_townships[0]);

        var html = await reviewer.GetPageTextAsync(Page);

        Assert.Equal(2, Regex.Count(html, "<svg role=\"img\" aria-label=\""));
        Assert.Contains($"各站点内容覆盖率：", html);
        Assert.Contains($"{name} 100.0%", html);
        // Nothing is published anywhere, so every home page is stale and every site is vetoed.
        Assert.Contains($"否决风险（站点数）：已触发单项否决 {_townships.Count + 1} 个站点", html);
    }

    [Fact]
    public async Task Sorting_by_a_column_orders_the_rows_and_marks_the_header()
    {
        using var reviewer = await AdminClient.ForRoleAsync(portal, ComplianceSites.County, SiteRole.Reviewer);

        var descending = await reviewer.GetPageTextAsync(Page + "?sort=blank&desc=true");
        var ascending = await reviewer.GetPageTextAsync(Page + "?sort=blank");

        Assert.Equal([_townships[2], _townships[1], ComplianceSites.County, _townships[0]], RowSites(descending));
        Assert.Equal([ComplianceSites.County, _townships[0], _townships[1], _townships[2]], RowSites(ascending));
        Assert.Matches("<th scope=\"col\" aria-sort=\"descending\"><a href=\"[^\"]*sort=blank\">空白栏目</a>", descending);
        Assert.Contains("sort=content", descending);
    }

    [Fact]
    public async Task The_export_holds_the_site_rows_and_the_total()
    {
        using var reviewer = await AdminClient.ForRoleAsync(portal, ComplianceSites.County, SiteRole.Reviewer);
        var names = new List<string>();
        foreach (var code in _townships.Prepend(ComplianceSites.County))
        {
            names.Add(await portal.NameOfAsync(code));
        }

        var response = await reviewer.GetAsync(Page + "?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExcelSheet.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true, sheetName: CountyComplianceWorkbook.SheetName).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal([.. names, "合计"], rows.Select(r => r["站点"]?.ToString()));
        Assert.Equal(3d, Convert.ToDouble(rows[^1]["空白栏目"]));
    }

    [Fact]
    public async Task A_township_editor_opens_their_own_dashboard_but_not_the_figures_of_sites()
    {
        using var editor = await AdminClient.ForRoleAsync(portal, _townships[0], SiteRole.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/{_townships[0]}/compliance/sites")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/{_townships[0]}/compliance")).StatusCode);
    }

    private static List<string> RowSites(string html) =>
        [.. RowLink().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<th scope=\"row\" data-site=\"([0-9a-z-]+)\">")]
    private static partial Regex RowLink();
}
