using Microsoft.Extensions.Caching.Memory;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Services;

namespace OrchardGov.Disclosure.Portal;

/// <summary>
/// Each site's published catalog and column tree, which every page of the site needs, read once per change stamp
/// of the site (the same rule as the page cache: any change raises the stamp, on whichever node it is made).
/// </summary>
internal sealed class PortalCatalogCache(CatalogReader reader)
{
    private const int Sites = 2_000;

    private readonly MemoryCache _catalogs = new(new MemoryCacheOptions { SizeLimit = Sites });

    public async Task<SiteCatalog> GetAsync(Site site, ContentSession session)
    {
        var key = (site.Id, site.ContentStamp);
        if (_catalogs.TryGetValue(key, out SiteCatalog? catalog))
        {
            return catalog!;
        }

        catalog = await reader.ReadAsync(session);
        _catalogs.Set(key, catalog, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return catalog;
    }
}
