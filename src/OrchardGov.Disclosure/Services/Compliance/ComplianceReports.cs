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
        var read = await facts.ReadAsync([Ref(site)], withTitles: true, cancellationToken);
        return SiteComplianceAnalyzer.Analyze(read[0], dates);
    }

    /// <summary>The site and every site below it, one report each, in code order.</summary>
    public async Task<IReadOnlyList<SiteComplianceReport>> ForSubtreeAsync(Site root, bool withTitles, CancellationToken cancellationToken = default)
    {
        var (running, _) = await RunningModuleAsync(root, cancellationToken);
        var dates = new ComplianceRun(await holidays.CalendarAsync(cancellationToken), ChinaTime.Today(clock));
        var read = await facts.ReadAsync(running, withTitles, cancellationToken);
        return read.Select(site => SiteComplianceAnalyzer.Analyze(site, dates)).ToList();
    }

    public async Task<CountyComplianceReport> ForCountyAsync(Site county, CancellationToken cancellationToken = default)
    {
        var (running, without) = await RunningModuleAsync(county, cancellationToken);
        var dates = new ComplianceRun(await holidays.CalendarAsync(cancellationToken), ChinaTime.Today(clock));
        var read = await facts.ReadAsync(running, withTitles: false, cancellationToken);
        var rows = read.Select(site => SiteComplianceSummary.Of(SiteComplianceAnalyzer.Analyze(site, dates))).ToList();
        return new CountyComplianceReport(Ref(county), dates.Today, rows, without, dates.UnknownYears);
    }

    private async Task<(IReadOnlyList<SiteRef> Running, IReadOnlyList<SiteRef> Without)> RunningModuleAsync(Site root, CancellationToken cancellationToken)
    {
        var subtree = await sites.ListAsync(root.Code, cancellationToken);
        var enabled = await features.SitesWithAsync(Manifest.Disclosure.Id, cancellationToken);
        return (subtree.Where(s => enabled.Contains(s.Id)).Select(Ref).ToList(), subtree.Where(s => !enabled.Contains(s.Id)).Select(Ref).ToList());
    }

    private static SiteRef Ref(Site site) => new(site.Id, site.Code, site.Name);
}
