namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>
/// The supervision view of a county (or any site) over itself and every site below it that runs the module.
/// <see cref="Total"/> adds the rows up; sites without the module are named so none is forgotten.
/// </summary>
public sealed record CountyComplianceReport(
    SiteRef County,
    DateOnly Today,
    IReadOnlyList<SiteComplianceSummary> Sites,
    IReadOnlyList<SiteRef> WithoutModule,
    IReadOnlyList<int> UnknownYears)
{
    public SiteComplianceSummary Total => SiteComplianceSummary.Sum(County, Sites);

    public int VetoedSites => Sites.Count(s => s.Vetoed);
}
