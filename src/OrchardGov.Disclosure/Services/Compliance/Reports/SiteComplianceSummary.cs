namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>One row of the county's dashboard: a site's report in figures.</summary>
public sealed record SiteComplianceSummary(
    SiteRef Site,
    int ProactiveEntries,
    int WithColumn,
    int WithContent,
    int EntriesOverdue,
    int Late,
    int Overdue,
    int DueWithinWeek,
    int StaleColumns,
    int NotUpdatedColumns,
    int BlankColumns,
    bool HomePageStale,
    bool Vetoed,
    int? DaysUntilVeto,
    int PhrasesNeedingRule)
{
    public decimal ColumnPercent => new CoverageSummary(ProactiveEntries, WithColumn, WithContent, EntriesOverdue).ColumnPercent;

    public decimal ContentPercent => new CoverageSummary(ProactiveEntries, WithColumn, WithContent, EntriesOverdue).ContentPercent;

    public static SiteComplianceSummary Of(SiteComplianceReport report) => new(
        report.Site,
        report.Coverage.ProactiveEntries,
        report.Coverage.WithColumn,
        report.Coverage.WithContent,
        report.Coverage.Overdue,
        report.Counts.Late,
        report.Counts.Overdue,
        report.Counts.DueWithinWeek,
        report.Veto(VetoRule.StaleColumns).Count,
        report.Veto(VetoRule.ColumnsNotUpdated).Count,
        report.Veto(VetoRule.BlankColumns).Count,
        report.Veto(VetoRule.HomePageNotUpdated).Met,
        report.Vetoed,
        report.DaysUntilVeto,
        report.NeedsRule.Count);

    /// <summary>The rows added up, under the name of the site they are summed for.</summary>
    public static SiteComplianceSummary Sum(SiteRef site, IReadOnlyCollection<SiteComplianceSummary> rows) => new(
        site,
        rows.Sum(r => r.ProactiveEntries),
        rows.Sum(r => r.WithColumn),
        rows.Sum(r => r.WithContent),
        rows.Sum(r => r.EntriesOverdue),
        rows.Sum(r => r.Late),
        rows.Sum(r => r.Overdue),
        rows.Sum(r => r.DueWithinWeek),
        rows.Sum(r => r.StaleColumns),
        rows.Sum(r => r.NotUpdatedColumns),
        rows.Sum(r => r.BlankColumns),
        rows.Any(r => r.HomePageStale),
        rows.Any(r => r.Vetoed),
        rows.Select(r => r.DaysUntilVeto).Where(d => d is not null).Min(),
        rows.Sum(r => r.PhrasesNeedingRule));
}
