using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Admin.Compliance;

/// <summary>The county's compliance table: its columns, the order of its rows, and its 合计 row.</summary>
public static class CountyComplianceTable
{
    /// <summary>Days ahead within which a site counts as at risk of a veto.</summary>
    public const int RiskDays = 14;

    public static IReadOnlyList<CountyTableColumn> Columns { get; } =
    [
        new("site", "站点", r => r.Site.Code, r => r.Site.Name),
        new("entries", "主动公开事项", r => r.ProactiveEntries, r => r.ProactiveEntries),
        new("column", "栏目覆盖率", r => r.ColumnPercent, r => r.ColumnPercent),
        new("content", "内容覆盖率", r => r.ContentPercent, r => r.ContentPercent),
        new("entries-overdue", "逾期事项", r => r.EntriesOverdue, r => r.EntriesOverdue),
        new("late", "迟报", r => r.Late, r => r.Late),
        new("overdue", "逾期未发布", r => r.Overdue, r => r.Overdue),
        new("due", "7日内到期", r => r.DueWithinWeek, r => r.DueWithinWeek),
        new("stale", "未更新栏目", r => r.StaleColumns, r => r.StaleColumns),
        new("not-updated", "应更新未更新", r => r.NotUpdatedColumns, r => r.NotUpdatedColumns),
        new("blank", "空白栏目", r => r.BlankColumns, r => r.BlankColumns),
        new("home", "首页", r => r.HomePageStale, r => r.HomePageStale ? "未更新" : "正常"),
        new("veto", "否决", VetoOrder, r => ComplianceLabels.VetoStatus(r.Vetoed, r.DaysUntilVeto)),
        new("rules", "需设规则", r => r.PhrasesNeedingRule, r => r.PhrasesNeedingRule),
    ];

    public static CountyTableColumn? Find(string? key) => Columns.FirstOrDefault(c => c.Key == key);

    /// <summary>The rows by the column (ties by site code); in code order when no column is named.</summary>
    public static IReadOnlyList<SiteComplianceSummary> Sort(IReadOnlyList<SiteComplianceSummary> rows, CountyTableColumn? column, bool descending)
    {
        if (column is null)
        {
            return rows;
        }

        var sorted = descending ? rows.OrderByDescending(column.SortValue) : rows.OrderBy(column.SortValue);
        return sorted.ThenBy(r => r.Site.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>The 合计 row's cells: sums, coverage worked out from the sums, and how many sites a yes/no column counts.</summary>
    public static IReadOnlyList<object> TotalCells(CountyComplianceReport report)
    {
        var total = report.Total;
        return Columns.Select(column => column.Key switch
        {
            "site" => "合计",
            "home" => $"{report.Sites.Count(s => s.HomePageStale)} 个未更新",
            "veto" => $"{report.VetoedSites} 个已触发",
            _ => column.Cell(total),
        }).ToList();
    }

    public static string Text(object cell) => cell is decimal percent ? ComplianceLabels.Percent(percent) : cell.ToString() ?? "";

    public static int VetoedCount(IEnumerable<SiteComplianceSummary> rows) => rows.Count(r => r.Vetoed);

    public static int AtRiskCount(IEnumerable<SiteComplianceSummary> rows) => rows.Count(r => !r.Vetoed && r.DaysUntilVeto <= RiskDays);

    // Vetoed first, then the soonest at risk, then those with nothing in sight.
    private static IComparable VetoOrder(SiteComplianceSummary row) => row.Vetoed ? -1 : row.DaysUntilVeto ?? int.MaxValue;
}
