using Microsoft.Extensions.Caching.Memory;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Portal;

/// <summary>
/// What every page of a site needs — its published catalog, column tree and the number of published articles in
/// each column — read once per change stamp of the site (the same rule as the page cache: any change raises the
/// stamp, on whichever node it is made).
/// </summary>
internal sealed class PortalCatalogCache(CatalogReader reader)
{
    private const int Sites = 2_000;

    private readonly MemoryCache _sites = new(new MemoryCacheOptions { SizeLimit = Sites });

    public async Task<PortalData> GetAsync(Site site, ContentSession session)
    {
        var key = (site.Id, site.ContentStamp);
        if (_sites.TryGetValue(key, out PortalData? data))
        {
            return data!;
        }

        var catalog = await reader.ReadAsync(session);
        var counts = await session.CountIndexAsync<ArticleIndex, string>(row => row.Published && row.ColumnId != null, row => row.ColumnId!);
        data = new PortalData(catalog, counts);
        _sites.Set(key, data, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return data;
    }
}

internal sealed record PortalData(SiteCatalog Catalog, IReadOnlyDictionary<string, int> ArticleCounts);
