using OrchardGov.Disclosure.Services.Compliance.Deadlines;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// Checks one article against its entry's rule. The version that counts is the published one, unless the latest
/// draft carries a new 信息形成(变更)日期: a change of the information starts a new deadline for publishing it.
/// A draft with no such date is not yet information to be timed, and an article taken off the site is no longer
/// information to publish: neither gets a finding. A 信息形成日期 outside 1900–2200 is taken for a typing error (未填).
/// </summary>
public static class ArticleDeadlineCheck
{
    /// <summary>Pending information due within this many calendar days is 7日内到期.</summary>
    public const int DueSoonDays = 7;

    public static ArticleFinding? Check(ArticleFact? latest, ArticleFact? published, EntryFact? entry, DeadlineRule? rule, ComplianceRun dates)
    {
        var shown = latest ?? published!;
        var changed = latest is { Published: false, FormedOn: not null } && latest.FormedOn != published?.FormedOn;
        var counted = changed || published is null ? latest! : published;
        var isPublished = !changed && published is not null;
        if (!isPublished && (counted.FormedOn is null || (published is null && counted.HasIndexNumber)))
        {
            return null;
        }

        ArticleFinding Finding(DateOnly? due, ArticleState state, int? left = null, int? late = null) => new(
            shown.Id, shown.Title, entry?.Id, entry?.Item ?? "", shown.ColumnId, counted.FormedOn, due,
            isPublished ? counted.PublishedOn : null, state, left, late);

        if (rule is not { Timed: true })
        {
            return Finding(null, ArticleState.NotTimed);
        }

        if (counted.FormedOn is not { Year: >= 1900 and <= 2200 } formed)
        {
            return Finding(null, ArticleState.Undated);
        }

        var due = dates.DueFor(rule, formed)!.Value;
        if (isPublished)
        {
            var on = counted.PublishedOn ?? dates.Today;
            return on <= due ? Finding(due, ArticleState.OnTime) : Finding(due, ArticleState.Late, late: LateBy(due, on, dates));
        }

        return dates.Today <= due
            ? Finding(due, ArticleState.Pending, left: dates.WorkingDaysBetween(dates.Today, due))
            : Finding(due, ArticleState.Overdue, late: LateBy(due, dates.Today, dates));
    }

    // A piece published on a holiday after its due date is still late, by at least a day.
    private static int LateBy(DateOnly due, DateOnly on, ComplianceRun dates) => Math.Max(1, dates.WorkingDaysBetween(due, on));
}
