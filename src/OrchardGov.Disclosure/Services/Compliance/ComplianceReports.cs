using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Services.Compliance.Calendar;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Services.Compliance;

/// <summary>
/// Compliance reports as of today (China time): one site's, or a county's over itself and every site below it.
/// Sites that do not run the module have no catalog to check and are named apart.
/// </summary>
public sealed class ComplianceReports(SiteRegistry sites, FeatureService features, SiteFactsReader facts, HolidayYearStore holidays, TimeProvider clock)
{
    public async Task<SiteComplianceReport> ForSiteAsync(Site site, CancellationToken cancellationToken = default)
    {
        var dates = new ComplianceRun(await holidays.CalendarAsync(cancellationToken), ChinaTime.Today(clock));
        var read = await facts.ReadAsync([Ref(site)], detailed: true, cancellationToken);
        return SiteComplianceAnalyzer.Analyze(read[0], dates);
    }

    /// <summary>The site and every site below it, one report each, in code order.</summary>
    public async Task<IReadOnlyList<SiteComplianceReport>> ForSubtreeAsync(Site root, bool detailed, CancellationToken cancellationToken = default)
    {
        var (running, _) = await RunningModuleAsync(root, cancellationToken);
        return await AnalyzeAsync(running, detailed, cancellationToken);
    }

    public async Task<CountyComplianceReport> ForCountyAsync(Site county, CancellationToken cancellationToken = default)
    {
        var (running, without) = await RunningModuleAsync(county, cancellationToken);
        var reports = await AnalyzeAsync(running, detailed: false, cancellationToken);
        return new CountyComplianceReport(Ref(county), ChinaTime.Today(clock), reports.Select(SiteComplianceSummary.Of).ToList(), without,
            reports.SelectMany(r => r.UnknownYears).Distinct().Order().ToList());
    }

    // A county's sites are read and worked out in batches, as many at a time as there are processors, each batch on its
    // own connection; small batches keep every processor busy until the end.
    private async Task<IReadOnlyList<SiteComplianceReport>> AnalyzeAsync(IReadOnlyList<SiteRef> sites, bool detailed, CancellationToken cancellationToken)
    {
        var calendar = await holidays.CalendarAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var batches = sites.Chunk(BatchSize).ToList();
        var reports = new IReadOnlyList<SiteComplianceReport>[batches.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, batches.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var run = new ComplianceRun(calendar, today);
                reports[index] = (await facts.ReadAsync(batches[index], detailed, token)).Select(site => SiteComplianceAnalyzer.Analyze(site, run)).ToList();
            });
        return reports.SelectMany(batch => batch).ToList();
    }

    private const int BatchSize = 20;

    private async Task<(IReadOnlyList<SiteRef> Running, IReadOnlyList<SiteRef> Without)> RunningModuleAsync(Site root, CancellationToken cancellationToken)
    {
        var subtree = await sites.ListAsync(root.Code, cancellationToken);
        var enabled = await features.SitesWithAsync(Manifest.Disclosure.Id, cancellationToken);
        return (subtree.Where(s => enabled.Contains(s.Id)).Select(Ref).ToList(), subtree.Where(s => !enabled.Contains(s.Id)).Select(Ref).ToList());
    }

    private static SiteRef Ref(Site site) => new(site.Id, site.Code, site.Name);
}
