using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// The visible columns an inspector checks: every leaf column that lists articles or shows a page, and every column
/// with an update cycle. A column's last update is its newest published article, its sub-columns' included.
/// </summary>
public static class ColumnChecks
{
    public static IReadOnlyList<ColumnFinding> Find(
        string siteCode, ColumnTree tree, IReadOnlySet<string> visibleColumns, IReadOnlySet<string> emptyPages, IEnumerable<EntryFact> entries, IReadOnlyList<ArticleFact> published,
        IReadOnlyList<EntryFinding> entryFindings, IReadOnlyList<ArticleFinding> articles, IReadOnlyDictionary<string, DateOnly> upcomingPeriodDue,
        ComplianceRun dates)
    {
        var today = dates.Today;
        var visible = tree.All.Where(c => visibleColumns.Contains(c.ContentItemId)).ToDictionary(c => c.ContentItemId);
        var direct = published.Where(a => a.ColumnId is not null && visible.ContainsKey(a.ColumnId)).GroupBy(a => a.ColumnId!)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Last: g.Max(a => a.PublishedOn)));
        var columnOfEntry = entries.Where(e => e.ColumnId is not null).ToDictionary(e => e.Id, e => e.ColumnId!);
        var owed = entryFindings.Where(f => f.Problem != EntryProblem.NoColumn && columnOfEntry.ContainsKey(f.EntryId))
            .GroupBy(f => columnOfEntry[f.EntryId]).ToDictionary(g => g.Key, g => g.Min(f => f.Due));
        var nextDue = articles.Where(a => a.State == ArticleState.Pending && a.EntryId is not null && a.Due is not null)
            .Select(a => (a.EntryId!, a.Due!.Value))
            .Concat(upcomingPeriodDue.Select(pair => (pair.Key, pair.Value)))
            .Where(pair => columnOfEntry.ContainsKey(pair.Item1))
            .GroupBy(pair => columnOfEntry[pair.Item1]).ToDictionary(g => g.Key, g => (DateOnly?)g.Min(pair => pair.Item2));

        var children = visible.Values.Where(c => c.ParentId is { } parent && visible.ContainsKey(parent))
            .ToLookup(c => c.ParentId!, c => c.ContentItemId);
        var subtrees = new Dictionary<string, (int Count, DateOnly? Last)>();

        var findings = new List<ColumnFinding>();
        foreach (var column in visible.Values)
        {
            var leaf = !children.Contains(column.ContentItemId);
            if (!(leaf && column.Kind is ColumnKind.List or ColumnKind.SinglePage) && column.Freshness == FreshnessClass.Static)
            {
                continue;
            }

            var (count, last) = Subtree(column.ContentItemId, children, direct, subtrees);
            // A column with an update cycle inside another is judged with it (inspections count 一级栏目), not twice.
            var cycled = column.Freshness != FreshnessClass.Static
                && !tree.Ancestry(column.ContentItemId).SkipLast(1).Any(a => a.Freshness != FreshnessClass.Static);
            var staleFrom = cycled && last is { } day ? FreshnessRules.StaleFrom(column.Freshness, day) : null;
            var stale = cycled && (last is null || today >= staleFrom);
            var blank = leaf && (column.Kind == ColumnKind.List ? count == 0 : column.Kind == ColumnKind.SinglePage && emptyPages.Contains(column.ContentItemId));
            var notUpdated = owed.TryGetValue(column.ContentItemId, out var missedDue);
            var notUpdatedFrom = notUpdated ? missedDue?.AddDays(1) : nextDue.GetValueOrDefault(column.ContentItemId)?.AddDays(1);
            var soonest = new[] { staleFrom, notUpdatedFrom }.OfType<DateOnly>().Select(d => SiteComplianceAnalyzer.Days(today, d)).DefaultIfEmpty(int.MinValue).Min();
            findings.Add(new ColumnFinding(
                column.ContentItemId, tree.PathOf(column.ContentItemId), tree.UrlOf(siteCode, column.ContentItemId), column.Freshness,
                count, last, blank, stale, notUpdated, staleFrom, notUpdatedFrom,
                blank || stale || notUpdated ? 0 : soonest == int.MinValue ? null : soonest));
        }

        return findings.OrderBy(f => f.DaysUntilAtRisk ?? int.MaxValue).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    // Each column's total is worked out once. A damaged tree can hold a cycle: the walk stops at a column it has begun.
    private static (int Count, DateOnly? Last) Subtree(
        string id, ILookup<string, string> children, Dictionary<string, (int Count, DateOnly? Last)> direct,
        Dictionary<string, (int Count, DateOnly? Last)> subtrees)
    {
        if (subtrees.TryGetValue(id, out var known))
        {
            return known;
        }

        var (count, last) = subtrees[id] = direct.GetValueOrDefault(id);
        foreach (var child in children[id])
        {
            var (childCount, childLast) = Subtree(child, children, direct, subtrees);
            count += childCount;
            last = childLast > last || last is null ? childLast : last;
        }

        return subtrees[id] = (count, last);
    }
}
