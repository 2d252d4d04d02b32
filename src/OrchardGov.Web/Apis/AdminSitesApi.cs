using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Web.Apis;

/// <summary>The host's part of the admin JSON API: the sites one may work on, features per site, people's roles, the audit trail.</summary>
public static class AdminSitesApi
{
    public static RouteGroupBuilder MapAdminSitesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin").WithTags("Admin: sites").RequireAuthorization();
        group.MapGet("/sites", ListSitesAsync).WithName("ListAdminSites").WithSummary("The sites the signed-in person can open, with their roles' reach.");
        group.MapGet("/{code}/features", async (HttpContext http, FeatureService features) =>
                TypedResults.Ok((await features.ListAsync(http.AdminSite().Id)).Select(f => new FeaturePayload(f.Feature.Id, f.Feature.Name, f.Enabled, f.Feature.AlwaysEnabled))))
            .WithName("ListSiteFeatures").WithSummary("The features and whether each is on for the site.")
            .RequireSitePermission(SitePermission.ManageSite);
        group.MapPost("/{code}/features/{featureId}/enable", (HttpContext http, FeatureService features, AuditTrail audit, string featureId) =>
                SwitchAsync(http, audit, featureId, "feature.enable", () => features.EnableAsync(http.AdminSite().Id, featureId)))
            .WithName("EnableSiteFeature").WithSummary("Turns a feature on for the site (runs its migration recipe).")
            .RequireSitePermission(SitePermission.ManageSite);
        group.MapPost("/{code}/features/{featureId}/disable", (HttpContext http, FeatureService features, AuditTrail audit, string featureId) =>
                SwitchAsync(http, audit, featureId, "feature.disable", async () => await features.DisableAsync(http.AdminSite().Id, featureId)))
            .WithName("DisableSiteFeature").WithSummary("Turns a feature off for the site: its admin and public routes answer 404 there.")
            .RequireSitePermission(SitePermission.ManageSite);
        group.MapGet("/{code}/audit", SearchAuditAsync)
            .WithName("SearchSiteAudit").WithSummary("The site's audit trail, newest first, 50 per page.")
            .RequireSitePermission(SitePermission.ViewAudit);
        return group;
    }

    private static async Task<Ok<AuditPagePayload>> SearchAuditAsync(HttpContext http, AuditTrail audit, string? user, string? action, string? text, int page = 1)
    {
        var (entries, total) = await audit.SearchAsync(new AuditQuery
        {
            SiteIds = [http.AdminSite().Id], UserName = user, Action = action, Text = text, Skip = (Math.Max(page, 1) - 1) * 50, Take = 50,
        });
        return TypedResults.Ok(new AuditPagePayload(total, entries));
    }

    private static async Task<Ok<IReadOnlyList<SitePayload>>> ListSitesAsync(HttpContext http, SiteAccess access)
    {
        var grants = await access.GrantsAsync(http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        var sites = await access.SitesAllowingAsync(grants, SitePermission.ViewDrafts);
        var managedSites = await access.SitesAllowingAsync(grants, SitePermission.ManageSite);
        var managed = managedSites.Select(s => s.Id).ToHashSet();
        var reviewed = (await access.SitesAllowingAsync(grants, SitePermission.Review)).Select(s => s.Id).ToHashSet();
        return TypedResults.Ok<IReadOnlyList<SitePayload>>(sites.Concat(managedSites).DistinctBy(s => s.Id).OrderBy(s => s.Code)
            .Select(s => new SitePayload(s.Code, s.Name, s.Level.ToString(), managed.Contains(s.Id), reviewed.Contains(s.Id))).ToList());
    }

    private static async Task<NoContent> SwitchAsync<T>(HttpContext http, AuditTrail audit, string featureId, string action, Func<Task<T>> change)
    {
        var site = http.AdminSite();
        await change();
        await audit.RecordAsync(site.Id, new AuditRecord(action, featureId, $"功能 {featureId}"));
        return TypedResults.NoContent();
    }
}

public sealed record SitePayload(string Code, string Name, string Level, bool CanManage, bool CanReview);

public sealed record FeaturePayload(string Id, string Name, bool Enabled, bool AlwaysEnabled);

public sealed record AuditPagePayload(int Total, IReadOnlyList<AuditEntry> Entries);
