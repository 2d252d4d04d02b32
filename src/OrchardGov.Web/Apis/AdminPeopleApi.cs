using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Admin;
using OrchardGov.Web.Admin;

namespace OrchardGov.Web.Apis;

/// <summary>People and their roles on a site in the admin JSON API, with the rules of the people pages.</summary>
public static class AdminPeopleApi
{
    public static RouteGroupBuilder MapAdminPeopleApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/{code}/users").WithTags("Admin: people").RequireAuthorization()
            .RequireSitePermission(SitePermission.ManageSite);
        group.MapGet("/", async (HttpContext http, AccountAdministration people, SiteAccess access) =>
                TypedResults.Ok(await people.PeopleAsync(await GrantsAsync(http, access), http.AdminSite())))
            .WithName("ListSitePeople").WithSummary("The people with a role on the site.");
        group.MapPost("/", CreateAsync).WithName("CreateSitePerson")
            .WithSummary("Creates a person with a role on the site; the generated password is in the answer, once.");
        group.MapPut("/{userName}/roles/{role}", async (HttpContext http, AccountAdministration people, SiteAccess access, string userName, string role) =>
            {
                await people.AssignAsync(await GrantsAsync(http, access), userName, http.AdminSite(), role);
                return TypedResults.NoContent();
            })
            .WithName("GiveSiteRole").WithSummary("Gives an existing person a role (site-admin, editor, reviewer) on the site.");
        group.MapDelete("/{userName}/roles/{role}", async (HttpContext http, AccountAdministration people, SiteAccess access, string userName, string role) =>
            {
                await people.RemoveAsync(await GrantsAsync(http, access), userName, http.AdminSite(), role);
                return TypedResults.NoContent();
            })
            .WithName("TakeSiteRole").WithSummary("Takes a role on the site from a person.");
        return group;
    }

    private static async Task<Ok<NewAccount>> CreateAsync(HttpContext http, AccountAdministration people, SiteAccess access, NewPersonRequest request)
    {
        var account = await people.CreateAsync(await GrantsAsync(http, access), request.UserName, request.DisplayName, request.Role, http.AdminSite());
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(account);
    }

    private static Task<UserGrants> GrantsAsync(HttpContext http, SiteAccess access) =>
        access.GrantsAsync(http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", http.RequestAborted);
}

/// <summary>A person to create: login name, 姓名, and their role on the site.</summary>
public sealed record NewPersonRequest(string UserName, string? DisplayName, string Role);
