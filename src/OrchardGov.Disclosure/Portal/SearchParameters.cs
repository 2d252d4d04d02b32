using System.Globalization;
using Microsoft.AspNetCore.Http;
using OrchardGov.Disclosure.Services.Search;

namespace OrchardGov.Disclosure.Portal;

/// <summary>
/// A search as the address carries it (<c>?q=…&amp;domain=…&amp;year=…&amp;page=2&amp;sort=date&amp;scope=county</c>),
/// shared by the search page and <c>/api/search</c>, and the addresses of the same search with one thing changed.
/// Unknown or malformed values are ignored, never an error.
/// </summary>
internal sealed record SearchParameters(string Text, SearchScope Scope, IReadOnlyDictionary<string, string> Filters, int Page, bool NewestFirst)
{
    private const int MaxFilterLength = 64;

    public static SearchParameters From(HttpRequest request)
    {
        var query = request.Query;
        var filters = SearchFields.Facets
            .Select(facet => (facet, value: query[facet].ToString()))
            .Where(f => f.value.Length is > 0 and <= MaxFilterLength)
            .ToDictionary(f => f.facet, f => f.value);
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? Math.Min(number, SearchRequest.MaxPage) : 1;
        return new SearchParameters(query["q"].ToString(), query["scope"] == "county" ? SearchScope.County : SearchScope.Site, filters, page, query["sort"] == "date");
    }

    public SearchRequest ToRequest() => new() { Text = Text, SiteIds = [], Filters = Filters, Page = Page, NewestFirst = NewestFirst };

    /// <summary>The address of this search on <paramref name="path"/>, from its first page unless a page is given.</summary>
    public string Url(string path, int page = 1)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(Text) };
        parts.AddRange(Filters.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"));
        if (Scope == SearchScope.County)
        {
            parts.Add("scope=county");
        }

        if (NewestFirst)
        {
            parts.Add("sort=date");
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return path + "?" + string.Join('&', parts);
    }

    public SearchParameters WithFilter(string facet, string? value)
    {
        var filters = Filters.Where(f => f.Key != facet).ToDictionary(f => f.Key, f => f.Value);
        if (value is not null)
        {
            filters[facet] = value;
        }

        return this with { Filters = filters, Page = 1 };
    }
}
