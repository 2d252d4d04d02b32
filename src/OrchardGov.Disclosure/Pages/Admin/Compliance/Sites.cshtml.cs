using Microsoft.AspNetCore.Mvc;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Disclosure.Admin;
using OrchardGov.Disclosure.Admin.Compliance;
using OrchardGov.Disclosure.Excel;
using OrchardGov.Disclosure.Services.Compliance;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Pages.Admin.Compliance;

/// <summary>
/// The supervision view of a site over itself and every site below it: one row of figures per site with the
/// module, sortable by any column, a 合计 row, two charts drawn on the server, and the same table as Excel.
/// For those who read the site's compliance figures (no drafts are shown).
/// </summary>
public sealed class SitesModel(ComplianceReports reports, SiteAccess access) : DisclosureAdminPage
{
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortKey { get; set; }

    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Descending { get; set; }

    public CountyComplianceReport Report { get; private set; } = null!;

    public IReadOnlyList<SiteComplianceSummary> Rows { get; private set; } = [];

    /// <summary>The sites whose own dashboard (it names drafts) the person may open; the others' names are not links.</summary>
    public IReadOnlySet<int> DashboardsOpen { get; private set; } = new HashSet<int>();

    public CountyTableColumn? SortedBy => CountyComplianceTable.Find(SortKey);

    public BarChart ContentChart => new("各站点内容覆盖率", [.. Rows.Select(r => new BarChart.Bar(r.Site.Name, r.ContentPercent, ComplianceLabels.Percent(r.ContentPercent)))], 100m);

    public BarChart VetoChart
    {
        get
        {
            var vetoed = CountyComplianceTable.VetoedCount(Report.Sites);
            var atRisk = CountyComplianceTable.AtRiskCount(Report.Sites);
            var safe = Report.Sites.Count - vetoed - atRisk;
            return new BarChart("否决风险（站点数）",
            [
                new("已触发单项否决", vetoed, $"{vetoed} 个站点"),
                new($"{CountyComplianceTable.RiskDays} 天内将触发", atRisk, $"{atRisk} 个站点"),
                new("暂无风险", safe, $"{safe} 个站点"),
            ], Math.Max(1, Report.Sites.Count));
        }
    }

    protected override SitePermission PermissionFor(string method, string? handler) => SitePermission.ViewCompliance;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnGetExportAsync()
    {
        await LoadAsync();
        var stream = new MemoryStream();
        CountyComplianceWorkbook.Write(stream, Report, Rows);
        stream.Position = 0;
        return File(stream, ExcelSheet.ContentType, $"{Site.Code}-下级合规-{Report.Today:yyyyMMdd}.xlsx");
    }

    /// <summary>The header's link: sorts by the column, the other way round when it is already sorted by it.</summary>
    public string SortUrl(CountyTableColumn column) =>
        $"/admin/{Site.Code}/compliance/sites?sort={column.Key}" + (SortedBy == column && !Descending ? "&desc=true" : "");

    public string? AriaSort(CountyTableColumn column) => SortedBy == column ? (Descending ? "descending" : "ascending") : null;

    private async Task LoadAsync()
    {
        Report = await reports.ForCountyAsync(Site, HttpContext.RequestAborted);
        Rows = CountyComplianceTable.Sort(Report.Sites, SortedBy, Descending);
        DashboardsOpen = (await access.SitesAllowingAsync(Grants, SitePermission.ViewDrafts, HttpContext.RequestAborted)).Select(s => s.Id).ToHashSet();
    }
}
