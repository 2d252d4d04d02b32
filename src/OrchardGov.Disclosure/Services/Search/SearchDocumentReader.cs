using System.Runtime.CompilerServices;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>Reads what a site shows the public as <see cref="SearchDocument"/>s: all of it, or a few items as they are now.</summary>
public sealed class SearchDocumentReader(ContentStore store, SiteRegistry sites, CatalogReader catalogs)
{
    private const int PageSize = 500;

    /// <summary>Every document of the site, a page at a time: the catalog entries first, then the articles.</summary>
    public async IAsyncEnumerable<IReadOnlyList<SearchDocument>> SiteAsync(int siteId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (await ViewAsync(siteId, cancellationToken) is not { } view)
        {
            yield break;
        }

        yield return view.Catalog.Entries.Select(view.Documents.Entry).OfType<SearchDocument>().ToList();
        long after = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            // A session per page, so the items read do not pile up in one session.
            await using var session = store.OpenSession(siteId);
            var page = await session.QueryIndexAsync<ArticleIndex, long>(
                row => row.Published && row.DocumentId > after, row => row.DocumentId, descending: false, 0, PageSize);
            if (page.Count == 0)
            {
                yield break;
            }

            after = page[^1].DocumentId;
            yield return page.Select(item => view.Documents.Article(ArticleContent.Read(item))).OfType<SearchDocument>().ToList();
        }
    }

    /// <summary>
    /// The documents of the given items as the public sees them now, with the articles filed under any catalog entry
    /// among them (their 公开领域 comes from it); an item that is not (or no longer) published or shown maps to null.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, SearchDocument?>> ItemsAsync(int siteId, IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, SearchDocument?>();
        if (await ViewAsync(siteId, cancellationToken) is not { } view)
        {
            return contentItemIds.ToDictionary(id => id, _ => (SearchDocument?)null);
        }

        var entries = view.Catalog.Entries.ToDictionary(e => e.ContentItemId);
        foreach (var chunk in contentItemIds.Chunk(PageSize))
        {
            await using var session = store.OpenSession(siteId);
            var published = await session.QueryIndexAsync<ContentItemIndex>(row => chunk.Contains(row.ContentItemId) && row.Published, take: chunk.Length);
            var byId = published.ToDictionary(item => item.ContentItemId);
            foreach (var id in chunk)
            {
                found[id] = byId.GetValueOrDefault(id) is { } item ? Document(view, entries, item) : null;
            }

            var changedEntries = published.Where(item => item.ContentType == DisclosureTypes.CatalogEntry).Select(item => item.ContentItemId).ToList();
            if (changedEntries.Count > 0)
            {
                foreach (var article in await session.QueryIndexAsync<ArticleIndex>(row => row.Published && changedEntries.Contains(row.CatalogEntryId!), take: 100_000))
                {
                    found[article.ContentItemId] = Document(view, entries, article);
                }
            }
        }

        return found;
    }

    private static SearchDocument? Document(SiteView view, Dictionary<string, CatalogEntry> entries, ContentItem item) => item.ContentType switch
    {
        DisclosureTypes.Article => view.Documents.Article(ArticleContent.Read(item)),
        DisclosureTypes.CatalogEntry => entries.TryGetValue(item.ContentItemId, out var entry) ? view.Documents.Entry(entry) : null,
        _ => null,
    };

    private async Task<SiteView?> ViewAsync(int siteId, CancellationToken cancellationToken)
    {
        if (await sites.FindAsync(siteId, cancellationToken) is not { } site)
        {
            return null;
        }

        await using var session = store.OpenSession(siteId);
        var catalog = await catalogs.ReadAsync(session);
        return new SiteView(catalog, new SiteSearchView(site, catalog));
    }

    private sealed record SiteView(SiteCatalog Catalog, SiteSearchView Documents);
}
