using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Services.Compliance;
using OrchardGov.Disclosure.Services.Compliance.Reports;

namespace OrchardGov.Disclosure.Apis;

/// <summary>
/// A site's compliance report as JSON, and the county's summary over the sites below it. The report names drafts
/// that are overdue, so it is for the site's own people and the reviewers above, signed in.
/// </summary>
public static class ComplianceApi
{
    public static RouteGroupBuilder MapComplianceApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup($"/{SiteCodes.RouteSegment}/api/compliance").WithTags("Compliance").RequireAuthorization();
        var feature = Manifest.Disclosure.Id;
        group.MapGet("/", GetSiteAsync).WithName("GetCompliance")
            .WithSummary("The site's compliance report today: coverage, each piece of information against its deadline, column freshness, veto rules.")
            .RequireSitePermission(SitePermission.ViewDrafts, feature);
        group.MapGet("/sites", GetSitesAsync).WithName("GetComplianceOfSites")
            .WithSummary("The figures of the site and of every site below it that runs the module, with their total.")
            .RequireSitePermission(SitePermission.ViewCompliance);
        return group;
    }

    private static async Task<Ok<SiteComplianceReport>> GetSiteAsync(HttpContext http, ComplianceReports reports) =>
        TypedResults.Ok(await reports.ForSiteAsync(http.AdminSite(), http.RequestAborted));

    private static async Task<Ok<CountyCompliancePayload>> GetSitesAsync(HttpContext http, ComplianceReports reports)
    {
        var report = await reports.ForCountyAsync(http.AdminSite(), http.RequestAborted);
        return TypedResults.Ok(new CountyCompliancePayload(report.County, report.Today, report.Sites, report.Total, report.WithoutModule, report.UnknownYears));
    }
}

public sealed record CountyCompliancePayload(
    SiteRef County, DateOnly Today, IReadOnlyList<SiteComplianceSummary> Sites, SiteComplianceSummary Total,
    IReadOnlyList<SiteRef> WithoutModule, IReadOnlyList<int> UnknownYears);
