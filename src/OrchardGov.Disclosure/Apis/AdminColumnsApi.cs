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

namespace OrchardGov.Disclosure.Apis;

/// <summary>The column tree in the admin JSON API: list, add, rename, move, hide or show, remove.</summary>
public static class AdminColumnsApi
{
    public static RouteGroupBuilder MapAdminColumnsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/{code}/columns").WithTags("Admin: columns").RequireAuthorization();
        var feature = Manifest.Disclosure.Id;
        group.MapGet("/", ListAsync).WithName("ListAdminColumns").WithSummary("Every column, hidden ones included.")
            .RequireSitePermission(SitePermission.ViewDrafts, feature);
        group.MapPost("/", AddAsync).WithName("AddColumn").WithSummary("Adds a column (public at once).")
            .RequireSitePermission(SitePermission.EditContent, feature);
        group.MapPatch("/{id}", ChangeAsync).WithName("ChangeColumn").WithSummary("Renames, hides or shows, or moves a column.")
            .RequireSitePermission(SitePermission.EditContent, feature);
        group.MapDelete("/{id}", RemoveAsync).WithName("RemoveColumn")
            .WithSummary("Removes a column that has no children and serves no catalog entry.")
            .RequireSitePermission(SitePermission.EditContent, feature);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<Column>>> ListAsync(HttpContext http, ContentStore store, CatalogReader reader)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        return TypedResults.Ok<IReadOnlyList<Column>>((await reader.ReadAsync(session, VersionOptions.Latest)).Columns.All.OrderBy(c => c.Order).ToList());
    }

    private static async Task<Ok<Column>> AddAsync(HttpContext http, ContentStore store, ColumnEditor editor, AddColumnRequest request)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        var column = await editor.AddAsync(session, new Column { Title = request.Title, Slug = request.Slug, ParentId = request.ParentId, Kind = request.Kind });
        await session.CommitAsync();
        return TypedResults.Ok(column);
    }

    private static async Task<Ok<Column>> ChangeAsync(HttpContext http, ContentStore store, ColumnEditor editor, string id, ChangeColumnRequest request)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        Column? column = null;
        if (request.Title is { } title)
        {
            column = await editor.RenameAsync(session, id, title);
        }

        if (request.Hidden is { } hidden)
        {
            column = await editor.SetHiddenAsync(session, id, hidden);
        }

        if (request.ParentId is not null || request.MoveToTop)
        {
            column = await editor.MoveAsync(session, id, request.MoveToTop ? null : request.ParentId);
        }

        await session.CommitAsync();
        return TypedResults.Ok(column ?? throw new ContentManagement.UserInputException("请求没有要修改的内容：title、hidden、parentId 或 moveToTop。"));
    }

    private static async Task<NoContent> RemoveAsync(HttpContext http, ContentStore store, ColumnEditor editor, string id)
    {
        await using var session = store.OpenSession(http.AdminSite().Id);
        await editor.RemoveAsync(session, id);
        await session.CommitAsync();
        return TypedResults.NoContent();
    }
}
