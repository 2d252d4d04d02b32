using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Theming;
using OrchardGov.Disclosure.Services.Search;

namespace OrchardGov.Disclosure.Portal;

/// <summary>
/// <c>/{code}/search?q=</c>: ranked results with the words found marked, facets to narrow them, paging, and on a
/// county's site the choice of the whole county. Blank or unsearchable input gets a page that says what to type.
/// Not kept in the page cache: every query is a page of its own.
/// </summary>
internal static class SearchPage
{
    public const string Title = "站内搜索";

    private const int MaxFacetValues = 12;

    public static async Task<PortalPage> RenderAsync(PortalSite portal, PageRenderer renderer)
    {
        var parameters = SearchParameters.From(portal.Http.Request);
        var results = await portal.Http.RequestServices.GetRequiredService<SiteSearch>()
            .SearchAsync(portal.Site, parameters.Scope, parameters.ToRequest(), portal.Http.RequestAborted);
        var path = portal.Site.PathBase + "/search";
        var title = results.Text.Text.Length > 0 ? $"“{results.Text.Text}”的搜索结果" : Title;
        var model = portal.Model(title, portal.Breadcrumb(null, new ContentManagement.Theming.PortalModel.Link(Title, path)));
        model["search"] = new SearchView(
            results.Text.Text, results.Text.Cut, SearchText.MaxLength, results.Text.IsEmpty, results.Total, results.Page, results.PageCount, path,
            SiteSearch.OffersCountyScope(portal.Site), parameters.Scope == SearchScope.County, parameters.NewestFirst,
            (parameters with { NewestFirst = false }).Url(path), (parameters with { NewestFirst = true }).Url(path));
        model["hits"] = results.Hits.Select(hit => new HitView(
            hit.TitleHtml, hit.SnippetHtml, hit.Url, hit.Kind == SearchKind.Article ? "政府信息" : "公开事项", hit.ColumnPath,
            parameters.Scope == SearchScope.County ? hit.SiteName : "", hit.PublishedOn, hit.DocumentNumber, hit.IndexNumber,
            hit.Validity is "有效" ? "" : hit.Validity, hit.Exact)).ToList();
        model["facets"] = results.Facets.Where(f => f.Values.Count > 0).Select(facet => new FacetView(
            facet.Label,
            parameters.Filters.ContainsKey(facet.Name) ? parameters.WithFilter(facet.Name, null).Url(path) : "",
            facet.Values.Take(MaxFacetValues).Select(value => new FacetValueView(
                value.Label, value.Count, parameters.WithFilter(facet.Name, value.Value).Url(path),
                parameters.Filters.TryGetValue(facet.Name, out var chosen) && chosen == value.Value)).ToList())).ToList();
        model["pager"] = Pager(parameters, path, results);
        return new PortalPage(await renderer.RenderAsync(portal.Site, "search", model, portal.Http.RequestAborted));
    }

    private static Pager Pager(SearchParameters parameters, string path, SearchResults results) =>
        Portal.Pager.Around(results.Page, Math.Max(1, results.PageCount), results.Total, number => parameters.Url(path, number));
}

public sealed record SearchView(
    string Text, bool Cut, int MaxLength, bool Empty, int Total, int Page, int Pages, string ActionUrl,
    bool CountyOffered, bool County, bool NewestFirst, string RelevanceUrl, string NewestUrl);

public sealed record HitView(
    string TitleHtml, string SnippetHtml, string Url, string KindLabel, string ColumnPath, string SiteName,
    string PublishedOn, string DocumentNumber, string IndexNumber, string Validity, bool Exact);

public sealed record FacetView(string Label, string ClearUrl, IReadOnlyList<FacetValueView> Values);

public sealed record FacetValueView(string Label, int Count, string Url, bool Selected);
