using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services;

/// <summary>Reads a site's domains, catalog entries and columns in one session.</summary>
public sealed class CatalogReader
{
    private const int AllItems = 1_000_000;

    public async Task<SiteCatalog> ReadAsync(ContentSession session, VersionOptions version = VersionOptions.Published)
    {
        var domains = (await AllAsync(session, DisclosureTypes.Domain, version)).Select(DomainContent.Read)
            .OrderBy(d => d.Order).ThenBy(d => d.Key, StringComparer.Ordinal).ToList();
        var entries = (await AllAsync(session, DisclosureTypes.CatalogEntry, version)).Select(CatalogEntryContent.Read).ToList();
        var columns = (await AllAsync(session, DisclosureTypes.Column, version)).Select(ColumnContent.Read).ToList();
        return new SiteCatalog(domains, entries, new ColumnTree(columns, domains.Where(d => d.NotApplicable).Select(d => d.Key)));
    }

    private static async Task<IReadOnlyList<ContentItem>> AllAsync(ContentSession session, string type, VersionOptions version) =>
        (await session.QueryAsync(new ContentQuery { ContentType = type, Version = version, OldestFirst = true, Take = AllItems })).Items;
}
