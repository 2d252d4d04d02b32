using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// How long a column may go without an update (国办秘函〔2019〕19号 and the census score sheet): 动态要闻 and the
/// home page 2 weeks, 通知公告与政策文件 6 months. A column updated on day D is fresh through D + 14 days.
/// </summary>
public static class FreshnessRules
{
    public const int NewsDays = 14;
    public const int NoticeMonths = 6;

    /// <summary>The first day a column of the class counts as not updated; null for static columns, which have no cycle.</summary>
    public static DateOnly? StaleFrom(FreshnessClass freshness, DateOnly lastUpdated) => freshness switch
    {
        FreshnessClass.News => HomeStaleFrom(lastUpdated),
        FreshnessClass.NoticesAndPolicies => lastUpdated.AddMonths(NoticeMonths).AddDays(1),
        _ => null,
    };

    public static DateOnly HomeStaleFrom(DateOnly lastUpdated) => lastUpdated.AddDays(NewsDays + 1);
}
