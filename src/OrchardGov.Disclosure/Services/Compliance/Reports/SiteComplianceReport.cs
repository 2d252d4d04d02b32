using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>
/// One site's compliance on <see cref="Today"/> (China date): catalog coverage, each piece of information against
/// its deadline, each column's freshness, and the veto rules. <see cref="Articles"/> lists the late, overdue,
/// pending and undated pieces (on-time ones are only counted). <see cref="UnknownYears"/> are years whose holidays
/// are not loaded, counted Monday to Friday.
/// </summary>
public sealed record SiteComplianceReport(
    SiteRef Site,
    DateOnly Today,
    CoverageSummary Coverage,
    ArticleCounts Counts,
    IReadOnlyList<ArticleFinding> Articles,
    IReadOnlyList<EntryFinding> Entries,
    IReadOnlyList<ColumnFinding> Columns,
    DateOnly? HomeLastUpdated,
    IReadOnlyList<VetoCheck> Vetoes,
    IReadOnlyList<PhraseNeedingRule> NeedsRule,
    IReadOnlyList<Domain> NotApplicableDomains,
    IReadOnlyList<int> UnknownYears)
{
    public bool Vetoed => Vetoes.Any(v => v.Met);

    /// <summary>0 when a veto rule is already met; otherwise the days until the first one will be, or null when none is in sight.</summary>
    public int? DaysUntilVeto => Vetoes.Select(v => v.DaysUntilMet).Where(d => d is not null).Min();

    public VetoCheck Veto(VetoRule rule) => Vetoes.Single(v => v.Rule == rule);
}
