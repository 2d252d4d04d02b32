using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.Audit;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Web.Admin;

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
        group.MapPost("/{code}/features/{featureId}/enable", async (HttpContext http, FeatureService features, string featureId) =>
            {
                await features.EnableAsync(http.AdminSite().Id, featureId);
                return TypedResults.NoContent();
            })
            .WithName("EnableSiteFeature").WithSummary("Turns a feature on for the site (runs its migration recipe).")
            .RequireSitePermission(SitePermission.ManageSite);
        group.MapPost("/{code}/features/{featureId}/disable", async (HttpContext http, FeatureService features, string featureId) =>
            {
                await features.DisableAsync(http.AdminSite().Id, featureId);
                return TypedResults.NoContent();
            })
            .WithName("DisableSiteFeature").WithSummary("Turns a feature off for the site: its admin and public routes answer 404 there.")
            .RequireSitePermission(SitePermission.ManageSite);
        group.MapPut("/{code}", async (HttpContext http, SiteAdministration administration, SiteFooterForm footer) =>
                TypedResults.Ok(SiteFooterForm.Of(await administration.UpdateAsync(http.AdminSite(), footer))))
            .WithName("UpdateSite").WithSummary("Changes the site's footer and registration numbers (a blank value clears one).")
            .RequireSitePermission(SitePermission.ManageSite);
        group.MapPost("/{code}/scaffold", async (HttpContext http, SiteAdministration administration, ScaffoldRequest request) =>
                TypedResults.Ok(new ScaffoldPayload(await administration.ScaffoldAsync(http.AdminSite(), request.Recipe))))
            .WithName("ScaffoldSite").WithSummary("Sets the site up with a recipe for its level; ran is false when it had been already.")
            .RequireSitePermission(SitePermission.ManageSite);
        group.MapPost("/{code}/sites", async (HttpContext http, SiteAdministration administration, ChildSiteRequest request) =>
            {
                var child = await administration.CreateChildAsync(http.AdminSite(), request.Code);
                return TypedResults.Ok(new SitePayload(child.Code, child.Name, child.Level.ToString(), true, false));
            })
            .WithName("CreateChildSite").WithSummary("Creates the site of a division directly below this one.")
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
        var reach = await access.SitesAllowingAsync(grants, [SitePermission.ViewDrafts, SitePermission.ManageSite, SitePermission.Review]);
        var managed = reach[SitePermission.ManageSite].Select(s => s.Id).ToHashSet();
        var reviewed = reach[SitePermission.Review].Select(s => s.Id).ToHashSet();
        return TypedResults.Ok<IReadOnlyList<SitePayload>>(reach[SitePermission.ViewDrafts].Concat(reach[SitePermission.ManageSite]).DistinctBy(s => s.Id).OrderBy(s => s.Code)
            .Select(s => new SitePayload(s.Code, s.Name, s.Level.ToString(), managed.Contains(s.Id), reviewed.Contains(s.Id))).ToList());
    }

}

public sealed record SitePayload(string Code, string Name, string Level, bool CanManage, bool CanReview);

public sealed record FeaturePayload(string Id, string Name, bool Enabled, bool AlwaysEnabled);

public sealed record AuditPagePayload(int Total, IReadOnlyList<AuditEntry> Entries);

public sealed record ScaffoldRequest(string Recipe);

public sealed record ScaffoldPayload(bool Ran);

public sealed record ChildSiteRequest(string Code);
