using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>
/// A visible column as an inspector sees it. <see cref="StaleFrom"/> is the first day it counts as not updated
/// (动态要闻 after 2 weeks, 通知公告与政策文件 after 6 months without an article); <see cref="NotUpdatedFrom"/> the
/// first day one of its catalog entries is overdue. <see cref="DaysUntilAtRisk"/> is 0 when the column already
/// counts towards a veto rule, and null when nothing in sight will make it count.
/// </summary>
public sealed record ColumnFinding(
    string ColumnId,
    string Path,
    string Url,
    FreshnessClass Freshness,
    int PublishedArticles,
    DateOnly? LastUpdated,
    bool Blank,
    bool Stale,
    bool NotUpdated,
    DateOnly? StaleFrom,
    DateOnly? NotUpdatedFrom,
    int? DaysUntilAtRisk)
{
    public bool AtRisk => Blank || Stale || NotUpdated;
}
