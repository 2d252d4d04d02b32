using OrchardGov.Disclosure.Admin.Compliance;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Excel;

/// <summary>A site's compliance report as a workbook: 概况, 文章时限, 栏目, 事项问题.</summary>
public static class ComplianceWorkbook
{
    public static void Write(Stream output, SiteComplianceReport report) => ExcelSheet.Write(output,
    [
        new("概况", ["项目", "数值"], Summary(report)),
        new("文章时限", ["文章", "事项", "状态", "信息形成日期", "到期日", "发布日期", "剩余工作日", "超期工作日"],
            report.Articles.Select(a => Row(a.Title, a.EntryItem, ComplianceLabels.Of(a.State), Date(a.FormedOn), Date(a.Due), Date(a.PublishedOn),
                a.WorkingDaysLeft, a.WorkingDaysLate))),
        new("栏目", ["栏目", "网址", "类别", "已发布文章", "最近更新", "状态", "距计入否决天数"],
            report.Columns.Select(c => Row(c.Path, c.Url, ChineseLabels.Of(c.Freshness), c.PublishedArticles, Date(c.LastUpdated),
                c.AtRisk ? ComplianceLabels.StateOf(c) : "正常", c.DaysUntilAtRisk))),
        new("事项问题", ["领域", "类别", "事项", "问题", "到期日"],
            report.Entries.Select(e => Row(e.DomainName, e.Category, e.Item, ComplianceLabels.Of(e.Problem), Date(e.Due)))),
    ]);

    private static IEnumerable<IReadOnlyList<object?>> Summary(SiteComplianceReport report)
    {
        var coverage = report.Coverage;
        var counts = report.Counts;
        yield return Row("站点", $"{report.Site.Name}（{report.Site.Code}）");
        yield return Row("统计日期", Date(report.Today));
        yield return Row("主动公开事项", coverage.ProactiveEntries);
        yield return Row("有栏目", $"{coverage.WithColumn}（{ComplianceLabels.Percent(coverage.ColumnPercent)}）");
        yield return Row("有内容", $"{coverage.WithContent}（{ComplianceLabels.Percent(coverage.ContentPercent)}）");
        yield return Row("逾期事项", coverage.Overdue);
        yield return Row("按时", counts.OnTime);
        yield return Row("迟报", counts.Late);
        yield return Row("逾期未发布", counts.Overdue);
        yield return Row("待发布（7日内到期）", counts.DueWithinWeek);
        yield return Row("未填信息形成日期", counts.Undated);
        foreach (var veto in report.Vetoes)
        {
            yield return Row(ComplianceLabels.Of(veto.Rule), $"{veto.Count}/{veto.Threshold}，{ComplianceLabels.VetoStatus(veto.Met, veto.DaysUntilMet)}");
        }

        yield return Row("单项否决", ComplianceLabels.SiteVeto(report));
        if (report.UnknownYears.Count > 0)
        {
            yield return Row("节假日安排", ComplianceLabels.UnknownYears(report.UnknownYears));
        }
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "";

    private static object?[] Row(params object?[] cells) => cells;
}
