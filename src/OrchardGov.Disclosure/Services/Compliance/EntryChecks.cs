using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// The problems of proactive entries: no visible column; standing content (实时, 及时, 长期公开) missing; a periodic
/// deadline passed with nothing published since its period began; an article overdue.
/// </summary>
public static class EntryChecks
{
    /// <summary>Each entry's newest 发布日期, for the entries with published information.</summary>
    public static IReadOnlyDictionary<string, DateOnly> LastPublished(IReadOnlyList<ArticleFact> published) =>
        published.Where(a => a.EntryId is not null).GroupBy(a => a.EntryId!)
            .ToDictionary(g => g.Key, g => g.Max(a => a.PublishedOn) ?? DateOnly.MinValue, StringComparer.Ordinal);

    public static IReadOnlyList<EntryFinding> Find(
        IEnumerable<EntryFact> entries, IReadOnlyDictionary<string, string> domainNames, IReadOnlySet<string> visibleColumns, DeadlineRuleBook book,
        IReadOnlyDictionary<string, DateOnly> lastPublished, IReadOnlyList<ArticleFinding> articles, ComplianceRun dates)
    {
        var overdue = articles.Where(a => a.State == ArticleState.Overdue && a.EntryId is not null).GroupBy(a => a.EntryId!)
            .ToDictionary(g => g.Key, g => g.Min(a => a.Due), StringComparer.Ordinal);

        var findings = new List<EntryFinding>();
        foreach (var entry in entries.OrderBy(e => e.Domain, StringComparer.Ordinal).ThenBy(e => e.Category, StringComparer.Ordinal).ThenBy(e => e.Item, StringComparer.Ordinal))
        {
            EntryFinding Finding(EntryProblem problem, DateOnly? due = null) =>
                new(entry.Id, entry.Domain, domainNames.GetValueOrDefault(entry.Domain, entry.Domain), entry.Category, entry.Item, problem, due);

            if (entry.ColumnId is not { } column || !visibleColumns.Contains(column))
            {
                findings.Add(Finding(EntryProblem.NoColumn));
            }

            var rule = book.For(entry.TimeLimit).Rule;
            var hasContent = lastPublished.TryGetValue(entry.Id, out var last);
            if (SiteComplianceAnalyzer.IsStanding(rule) && !hasContent)
            {
                findings.Add(Finding(EntryProblem.NoContent));
            }

            if (rule is { Periodic: true } && dates.LastClosedPeriod(rule) is { } period && !(hasContent && last >= period.Start))
            {
                findings.Add(Finding(EntryProblem.PeriodMissed, period.Due));
            }

            if (overdue.TryGetValue(entry.Id, out var due))
            {
                findings.Add(Finding(EntryProblem.ArticleOverdue, due));
            }
        }

        return findings;
    }

    /// <summary>
    /// The next due date of each periodic entry with nothing published yet for its current period: the day after it,
    /// the entry's column will count as not updated unless something is published.
    /// </summary>
    public static IReadOnlyDictionary<string, DateOnly> UpcomingPeriodDue(
        IEnumerable<EntryFact> entries, DeadlineRuleBook book, IReadOnlyDictionary<string, DateOnly> lastPublished, ComplianceRun dates)
    {
        var upcoming = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (book.For(entry.TimeLimit).Rule is not { Periodic: true } rule || dates.DueFor(rule, dates.Today) is not { } next)
            {
                continue;
            }

            var periodStart = dates.LastClosedPeriod(rule) is { } closed ? closed.Due.AddDays(1) : DateOnly.MinValue;
            if (!(lastPublished.TryGetValue(entry.Id, out var last) && last >= periodStart))
            {
                upcoming[entry.Id] = next;
            }
        }

        return upcoming;
    }
}
