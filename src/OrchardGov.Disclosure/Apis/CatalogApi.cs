using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Apis;

/// <summary>The published catalog and column tree of a site with the Disclosure module on.</summary>
public static class CatalogApi
{
    public static RouteGroupBuilder MapCatalogApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup($"/{SiteCodes.RouteSegment}/api")
            .WithTags("Disclosure")
            .RequireSiteFeature(Manifest.Disclosure.Id);
        group.MapGet("/catalog", GetCatalogAsync).WithName("GetCatalog")
            .WithSummary("The site's 政务公开事项标准目录: every element of every entry and its column.");
        group.MapGet("/columns", GetColumnsAsync).WithName("GetColumns")
            .WithSummary("The site's visible column tree.");
        return group;
    }

    private static async Task<Ok<CatalogPayload>> GetCatalogAsync(HttpContext context, ContentStore store, CatalogReader reader)
    {
        var site = context.CurrentSite();
        await using var session = store.OpenSession(site.Id);
        var catalog = await reader.ReadAsync(session);
        var domains = catalog.Domains.Select(domain => new DomainPayload(
            domain.Key, domain.Name, domain.NotApplicable, domain.NotApplicableReason,
            domain.NotApplicable ? [] : catalog.EntriesOf(domain.Key).Select(entry => ToPayload(site, catalog.Columns, entry)).ToList())).ToList();
        return TypedResults.Ok(new CatalogPayload(site.Code, site.Name, domains));
    }

    private static async Task<Ok<IReadOnlyList<ColumnPayload>>> GetColumnsAsync(HttpContext context, ContentStore store, CatalogReader reader)
    {
        var site = context.CurrentSite();
        await using var session = store.OpenSession(site.Id);
        var tree = (await reader.ReadAsync(session)).Columns;
        return TypedResults.Ok(Visible(site, tree, null));
    }

    private static IReadOnlyList<ColumnPayload> Visible(Site site, ColumnTree tree, string? parentId) =>
        tree.Children(parentId).Where(c => !tree.IsHidden(c.ContentItemId)).Select(c => new ColumnPayload(
            c.ContentItemId, c.Title, c.Slug, tree.UrlOf(site.Code, c.ContentItemId), c.Kind.ToString(), c.Freshness.ToString(),
            c.Domain.Length == 0 ? null : c.Domain, Visible(site, tree, c.ContentItemId))).ToList();

    private static EntryPayload ToPayload(Site site, ColumnTree columns, CatalogEntry entry) => new(
        entry.ContentItemId, entry.Order, entry.Category, entry.Item, entry.Elements, entry.LegalBasis, entry.TimeLimit,
        entry.ResponsibleBody, entry.Channels, ChineseLabels.Of(entry.Audience), ChineseLabels.Of(entry.Method),
        entry.Method == DisclosureMethod.Withheld ? entry.WithheldReason : null, entry.Levels.Select(ChineseLabels.Of).ToList(),
        entry.ResponsibleUnit, entry.ResponsiblePerson, entry.Source,
        columns.Find(entry.ColumnId) is { } column
            ? new ColumnLink(column.ContentItemId, columns.PathOf(column.ContentItemId), columns.UrlOf(site.Code, column.ContentItemId))
            : null);
}
