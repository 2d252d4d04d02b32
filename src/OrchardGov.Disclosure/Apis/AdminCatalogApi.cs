using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Review;

namespace OrchardGov.Disclosure.Apis;

/// <summary>The catalog in the admin JSON API: drafts, edits, 未涉及 domains, submission and upper-level review, versions.</summary>
public static class AdminCatalogApi
{
    public static RouteGroupBuilder MapAdminCatalogApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/{code}/catalog").WithTags("Admin: catalog").RequireAuthorization();
        var feature = Manifest.Disclosure.Id;
        group.MapGet("/", GetDraftAsync).WithName("GetDraftCatalog").WithSummary("The catalog with the editors' drafts.")
            .RequireSitePermission(SitePermission.ViewDrafts, feature);
        group.MapPost("/entries", SaveEntryAsync).WithName("AddCatalogEntry").WithSummary("Adds a local entry (a draft until the catalog is approved).")
            .RequireSitePermission(SitePermission.EditContent, feature);
        group.MapPut("/entries/{id}", (HttpContext http, ContentStore store, CatalogEditor editor, string id, CatalogEntry entry) =>
                SaveEntryAsync(http, store, editor, entry with { ContentItemId = id }))
            .WithName("UpdateCatalogEntry").WithSummary("Changes every element of an entry (a draft until approved).")
            .RequireSitePermission(SitePermission.EditContent, feature);
        group.MapPut("/domains/{key}/not-applicable", MarkDomainAsync).WithName("MarkDomainNotApplicable")
            .WithSummary("Marks a domain 未涉及 with a reason, or applicable again with a null reason.")
            .RequireSitePermission(SitePermission.EditContent, feature);
        group.MapPost("/submit", SubmitAsync).WithName("SubmitCatalog").WithSummary("Submits the drafts to the level above as a new version.")
            .RequireSitePermission(SitePermission.EditContent, feature);
        group.MapGet("/versions", VersionsAsync).WithName("ListCatalogVersions").WithSummary("Every submitted version, newest first.")
            .RequireSitePermission(SitePermission.ViewDrafts, feature);
        group.MapPost("/versions/{number:int}/approve", ApproveAsync).WithName("ApproveCatalogVersion")
            .WithSummary("Approves the pending version: it becomes the public catalog.")
            .RequireSitePermission(SitePermission.Review, feature);
        group.MapPost("/versions/{number:int}/return", ReturnAsync).WithName("ReturnCatalogVersion")
            .WithSummary("Returns the pending version to the editors with a reason.")
            .RequireSitePermission(SitePermission.Review, feature);
        group.MapGet("/compare", CompareAsync).WithName("CompareCatalogVersions")
            .WithSummary("Entry-by-entry differences between two versions (a number, 'draft' or 'public').")
            .RequireSitePermission(SitePermission.ViewDrafts, feature);
        return group;
    }

    private static async Task<Ok<CatalogSnapshot>> GetDraftAsync(HttpContext http, ContentStore store, CatalogReview review)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        return TypedResults.Ok(await review.SnapshotAsync(session, VersionOptions.Latest));
    }

    private static async Task<Ok<CatalogEntry>> SaveEntryAsync(HttpContext http, ContentStore store, CatalogEditor editor, CatalogEntry entry)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        var saved = await editor.SaveEntryAsync(session, entry);
        await session.CommitAsync();
        return TypedResults.Ok(saved);
    }

    private static async Task<NoContent> MarkDomainAsync(HttpContext http, ContentStore store, CatalogEditor editor, string key, NotApplicableRequest request)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        await editor.MarkDomainAsync(session, key, request.Reason);
        await session.CommitAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CatalogVersion>> SubmitAsync(HttpContext http, ContentStore store, CatalogReview review)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        var version = await review.SubmitAsync(session);
        await session.CommitAsync();
        return TypedResults.Ok(version);
    }

    private static async Task<Ok<IReadOnlyList<CatalogVersion>>> VersionsAsync(HttpContext http, ContentStore store, CatalogReview review)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        return TypedResults.Ok(await review.VersionsAsync(session));
    }

    private static async Task<Ok<CatalogVersion>> ApproveAsync(HttpContext http, ContentStore store, CatalogReview review, int number)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        var version = await review.ApproveAsync(session, number);
        await session.CommitAsync();
        return TypedResults.Ok(version);
    }

    private static async Task<Ok<CatalogVersion>> ReturnAsync(HttpContext http, ContentStore store, CatalogReview review, int number, ReturnRequest request)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        var version = await review.ReturnAsync(session, number, request.Reason);
        await session.CommitAsync();
        return TypedResults.Ok(version);
    }

    private static async Task<Ok<CatalogDifference>> CompareAsync(HttpContext http, ContentStore store, CatalogReview review, string from, string to)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        return TypedResults.Ok(CatalogComparison.Compare(await SnapshotAsync(session, review, from), await SnapshotAsync(session, review, to)));
    }

    private static async Task<CatalogSnapshot> SnapshotAsync(ContentSession session, CatalogReview review, string version) => version switch
    {
        "draft" => await review.SnapshotAsync(session, VersionOptions.Latest),
        "public" => await review.SnapshotAsync(session, VersionOptions.Published),
        _ when int.TryParse(version, out var number) => (await review.GetAsync(session, number)).Snapshot,
        _ => throw new ContentManagement.UserInputException($"“{version}”不是版本号；请用版本号、draft 或 public。"),
    };
}
