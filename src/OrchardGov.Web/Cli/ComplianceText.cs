using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Web.Cli;

/// <summary>The compliance check as lines a person reads in a terminal or a cron mail: one line per site, then what fails.</summary>
internal static class ComplianceText
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<SiteComplianceReport> reports)
    {
        foreach (var report in reports)
        {
            var coverage = report.Coverage;
            await output.WriteLineAsync(
                $"{report.Site.Code}\t{report.Site.Name}\t内容覆盖 {coverage.ContentPercent}%（{coverage.WithContent}/{coverage.ProactiveEntries}）" +
                $"\t逾期事项 {coverage.Overdue}\t迟报 {report.Counts.Late}\t逾期未发布 {report.Counts.Overdue}\t7日内到期 {report.Counts.DueWithinWeek}" +
                $"\t{Verdict(report)}");
            foreach (var veto in report.Vetoes.Where(v => v.Met))
            {
                await output.WriteLineAsync($"  单项否决：{Label(veto.Rule)}（{veto.Count} 个，达到 {veto.Threshold} 个即否决）");
            }

            foreach (var phrase in report.NeedsRule)
            {
                await output.WriteLineAsync($"  需设定时限规则：“{phrase.Phrase}”——{phrase.Problem}（{phrase.Entries.Count} 个事项）");
            }
        }

        await output.WriteLineAsync($"共检查 {reports.Count} 个站点，{reports.Count(r => r.Vetoed)} 个触发单项否决。");
    }

    public static string Verdict(SiteComplianceReport report) => report.DaysUntilVeto switch
    {
        0 => "已触发单项否决",
        { } days => $"距单项否决 {days} 天",
        null => "无否决风险",
    };

    public static string Label(VetoRule rule) => rule switch
    {
        VetoRule.HomePageNotUpdated => "首页两周未更新",
        VetoRule.StaleColumns => "动态要闻、通知公告与政策文件栏目未按时更新",
        VetoRule.ColumnsNotUpdated => "应更新而未更新的栏目",
        VetoRule.BlankColumns => "空白栏目",
        _ => rule.ToString(),
    };
}
