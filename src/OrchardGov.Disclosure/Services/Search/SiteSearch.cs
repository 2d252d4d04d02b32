using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// Searches for a site's visitors: the site itself, or — on a county's site, when asked — the county and all its
/// townships that run the module. The index is brought up to date with the change log first.
/// </summary>
public sealed class SiteSearch(SearchIndex index, SearchIndexUpdater updater, SiteRegistry sites)
{
    public async Task<SearchResults> SearchAsync(Site site, SearchScope scope, SearchRequest request, CancellationToken cancellationToken = default)
    {
        await updater.EnsureCurrentAsync(cancellationToken);
        var siteIds = scope == SearchScope.County && OffersCountyScope(site) ? await CountyAsync(site, cancellationToken) : [site.Id];
        var results = index.Search(request with { SiteIds = siteIds });
        // A page past the last (an old link, a hand-typed address) shows the last one.
        return results.Page > results.PageCount && results.PageCount > 0
            ? index.Search(request with { SiteIds = siteIds, Page = results.PageCount })
            : results;
    }

    public static bool OffersCountyScope(Site site) => site.Level == SiteLevel.County;

    /// <summary>The county's site and the sites below it; the index holds only those that run the module.</summary>
    private async Task<IReadOnlyCollection<int>> CountyAsync(Site county, CancellationToken cancellationToken) =>
        (await sites.ChildrenAsync(county.Id, cancellationToken)).Select(s => s.Id).Append(county.Id).ToList();
}

public enum SearchScope
{
    Site,
    County,
}
