using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Admin.Compliance;

/// <summary>The words the compliance pages and their workbooks use for the report's findings.</summary>
public static class ComplianceLabels
{
    public static string Of(VetoRule rule) => rule switch
    {
        VetoRule.HomePageNotUpdated => "首页不更新",
        VetoRule.StaleColumns => "栏目不更新（动态要闻两周、通知公告与政策文件六个月）",
        VetoRule.ColumnsNotUpdated => "应更新而未更新栏目",
        VetoRule.BlankColumns => "空白栏目",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    public static string Of(EntryProblem problem) => problem switch
    {
        EntryProblem.NoColumn => "无栏目",
        EntryProblem.NoContent => "无内容",
        EntryProblem.PeriodMissed => "周期未公开",
        EntryProblem.ArticleOverdue => "有逾期信息",
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    public static string Of(ArticleState state) => state switch
    {
        ArticleState.OnTime => "按时",
        ArticleState.Late => "迟报",
        ArticleState.Overdue => "逾期未发布",
        ArticleState.Pending => "待发布",
        ArticleState.Undated => "未填信息形成日期",
        ArticleState.NotTimed => "不计时限",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>What makes the column count towards a veto rule; "临近" when it does not count yet but soon will.</summary>
    public static string StateOf(ColumnFinding column)
    {
        var states = new List<string>();
        if (column.Blank)
        {
            states.Add("空白");
        }

        if (column.Stale)
        {
            states.Add("未更新");
        }

        if (column.NotUpdated)
        {
            states.Add("应更新未更新");
        }

        return states.Count == 0 ? "临近" : string.Join("、", states);
    }

    /// <summary>"已触发", "还有 N 天", or "—" when nothing in sight will meet it.</summary>
    public static string VetoStatus(bool met, int? daysUntilMet) =>
        met ? "已触发" : daysUntilMet is { } days ? $"还有 {days} 天" : "—";

    public static string SiteVeto(SiteComplianceReport report) =>
        report.Vetoed ? "已触发单项否决" : report.DaysUntilVeto is { } days ? $"距单项否决 {days} 天" : "暂无单项否决风险";

    public static string Percent(decimal percent) => $"{percent:0.0}%";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "—";

    public static string UnknownYears(IReadOnlyList<int> years) =>
        $"以下年份的节假日安排尚未载入，按周一至周五计算：{string.Join("、", years)}";
}
