using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Compliance.Deadlines;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// Works out a site's <see cref="SiteComplianceReport"/> from its <see cref="SiteFacts"/>: only the proactive
/// entries of applicable domains count, and only visible columns (not hidden, not under a 未涉及 domain).
/// </summary>
public static class SiteComplianceAnalyzer
{
    private static readonly HashSet<DeadlineKind> StandingKinds = [DeadlineKind.SameDay, DeadlineKind.Promptly, DeadlineKind.Standing];

    public static SiteComplianceReport Analyze(SiteFacts facts, ComplianceRun dates)
    {
        dates.StartSite();
        var notApplicableDomains = facts.Domains.Where(d => d.NotApplicableReason is not null).ToList();
        var notApplicable = notApplicableDomains.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var domainNames = facts.Domains.GroupBy(d => d.Key).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var tree = new ColumnTree(facts.Columns.Select(ToColumn), notApplicable);
        var visible = tree.All.Select(c => c.ContentItemId).Where(id => !tree.IsHidden(id)).ToHashSet(StringComparer.Ordinal);
        var book = new DeadlineRuleBook(facts.RulesByPhrase, dates);
        var entries = facts.Entries
            .Where(e => e.Method == DisclosureMethod.Proactive && !notApplicable.Contains(e.Domain))
            .GroupBy(e => e.Id).Select(g => g.First())
            .ToDictionary(e => e.Id);

        var versions = facts.Articles.Where(a => a.Id.Length == 0).Select(a => (Latest: (ArticleFact?)a, Published: (ArticleFact?)a))
            .Concat(facts.Articles.Where(a => a.Id.Length > 0).GroupBy(a => a.Id)
                .Select(g => (Latest: g.FirstOrDefault(a => a.Latest), Published: g.FirstOrDefault(a => a.Published))))
            .ToList();
        var findings = new List<ArticleFinding>();
        foreach (var (latest, published) in versions)
        {
            var entryId = (latest ?? published)!.EntryId;
            if (entryId is not null && entries.TryGetValue(entryId, out var entry)
                && ArticleDeadlineCheck.Check(latest, published, entry, book.For(entry.TimeLimit).Rule, dates) is { } finding)
            {
                findings.Add(finding);
            }
        }

        var publishedRows = versions.Select(v => v.Published).OfType<ArticleFact>().ToList();
        var lastPublished = EntryChecks.LastPublished(publishedRows);
        var entryFindings = EntryChecks.Find(entries.Values, domainNames, visible, book, lastPublished, findings, dates);
        var columns = ColumnChecks.Find(facts.Site.Code, tree, visible,
            facts.Columns.Where(c => c.EmptyPage).Select(c => c.Id).ToHashSet(StringComparer.Ordinal), entries.Values, publishedRows, entryFindings, findings,
            EntryChecks.UpcomingPeriodDue(entries.Values, book, lastPublished, dates), dates);
        var homeLastUpdated = publishedRows.Where(a => a.ColumnId is { } column && visible.Contains(column))
            .Max(a => a.PublishedOn);

        return new SiteComplianceReport(
            facts.Site,
            dates.Today,
            Coverage(entries.Values, visible, publishedRows, entryFindings),
            Count(findings, dates.Today),
            findings.Where(f => f.State is ArticleState.Late or ArticleState.Overdue or ArticleState.Pending or ArticleState.Undated)
                .OrderBy(f => Urgency(f.State)).ThenBy(f => f.Due).ThenBy(f => f.Title, StringComparer.Ordinal).ToList(),
            entryFindings,
            columns,
            homeLastUpdated,
            Vetoes(columns, homeLastUpdated, dates.Today),
            entries.Values.Select(e => book.For(e.TimeLimit)).Where(p => !p.Parsed).GroupBy(p => p.Phrase)
                .Select(g => new PhraseNeedingRule(g.Key, g.First().Problem!,
                    entries.Values.Where(e => e.TimeLimit == g.Key).Select(e => e.Item).ToList()))
                .OrderBy(p => p.Phrase, StringComparer.Ordinal).ToList(),
            notApplicableDomains,
            dates.SiteUnknownYears);
    }

    // What needs doing first: overdue pieces, then those still due, then the late ones already out.
    private static int Urgency(ArticleState state) => state switch
    {
        ArticleState.Overdue => 0,
        ArticleState.Pending => 1,
        ArticleState.Late => 2,
        _ => 3,
    };

    public static bool IsStanding(DeadlineRule? rule) => rule is not null && StandingKinds.Contains(rule.Kind);

    private static CoverageSummary Coverage(IEnumerable<EntryFact> entries, HashSet<string> visible, List<ArticleFact> published, IReadOnlyList<EntryFinding> problems)
    {
        var withContent = published.Select(a => a.EntryId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var overdue = problems.Where(p => p.Problem != EntryProblem.NoColumn).Select(p => p.EntryId).ToHashSet(StringComparer.Ordinal);
        var all = entries.ToList();
        return new CoverageSummary(
            all.Count,
            all.Count(e => e.ColumnId is { } column && visible.Contains(column)),
            all.Count(e => withContent.Contains(e.Id)),
            all.Count(e => overdue.Contains(e.Id)));
    }

    private static ArticleCounts Count(List<ArticleFinding> findings, DateOnly today)
    {
        int Of(ArticleState state) => findings.Count(f => f.State == state);
        return new ArticleCounts(
            Of(ArticleState.OnTime), Of(ArticleState.Late), Of(ArticleState.Overdue), Of(ArticleState.Pending),
            Of(ArticleState.Undated), Of(ArticleState.NotTimed),
            findings.Count(f => f.State == ArticleState.Pending && f.Due <= today.AddDays(ArticleDeadlineCheck.DueSoonDays)));
    }

    private static List<VetoCheck> Vetoes(IReadOnlyList<ColumnFinding> columns, DateOnly? homeLastUpdated, DateOnly today)
    {
        var homeStaleFrom = homeLastUpdated is { } last ? FreshnessRules.HomeStaleFrom(last) : (DateOnly?)null;
        var homeStale = homeStaleFrom is null || today >= homeStaleFrom;
        return
        [
            VetoThresholds.Check(VetoRule.HomePageNotUpdated, homeStale ? 1 : 0, homeStale ? [] : [Days(today, homeStaleFrom!.Value)]),
            VetoThresholds.Check(VetoRule.StaleColumns, columns.Count(c => c.Stale),
                columns.Where(c => !c.Stale && c.StaleFrom is not null).Select(c => Days(today, c.StaleFrom!.Value))),
            VetoThresholds.Check(VetoRule.ColumnsNotUpdated, columns.Count(c => c.NotUpdated),
                columns.Where(c => !c.NotUpdated && c.NotUpdatedFrom is not null).Select(c => Days(today, c.NotUpdatedFrom!.Value))),
            VetoThresholds.Check(VetoRule.BlankColumns, columns.Count(c => c.Blank), []),
        ];
    }

    public static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    private static Column ToColumn(ColumnFact fact) => new()
    {
        ContentItemId = fact.Id, Title = fact.Title, Slug = fact.Slug, Order = fact.Order, ParentId = fact.ParentId, Kind = fact.Kind,
        Freshness = fact.Freshness, Domain = fact.Domain, Hidden = fact.Hidden,
    };
}
