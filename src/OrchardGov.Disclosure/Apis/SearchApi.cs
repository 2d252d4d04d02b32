using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Portal;
using OrchardGov.Disclosure.Services.Search;

namespace OrchardGov.Disclosure.Apis;

/// <summary><c>GET /{code}/api/search?q=</c>: the search page's results as JSON, with the same parameters.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup($"/{SiteCodes.RouteSegment}/api")
            .WithTags("Disclosure")
            .RequireSiteFeature(Manifest.Disclosure.Id);
        group.MapGet("/search", SearchAsync).WithName("Search")
            .WithSummary("Published information and catalog entries matching q; filters domain, column, year, validity, kind; page; sort=date; scope=county.");
        return group;
    }

    private static async Task<Ok<SearchPayload>> SearchAsync(HttpContext context, SiteSearch search)
    {
        var site = context.CurrentSite();
        var parameters = SearchParameters.From(context.Request);
        var results = await search.SearchAsync(site, parameters.Scope, parameters.ToRequest(), context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new SearchPayload(
            results.Text.Text, results.Text.Cut, results.Text.IsEmpty, results.Total, results.Page, results.PageCount,
            results.Hits, results.Facets));
    }
}

public sealed record SearchPayload(
    string Query, bool QueryCut, bool QueryEmpty, int Total, int Page, int Pages, IReadOnlyList<SearchHit> Hits, IReadOnlyList<SearchFacet> Facets);
