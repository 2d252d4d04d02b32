using OrchardGov.Disclosure.Models;

namespace OrchardGov.Disclosure.Services;

/// <summary>A site's catalog as the public sees it: its domains in order, their entries, and the column tree.</summary>
public sealed record SiteCatalog(IReadOnlyList<Domain> Domains, IReadOnlyList<CatalogEntry> Entries, ColumnTree Columns)
{
    public IEnumerable<CatalogEntry> EntriesOf(string domainKey) =>
        Entries.Where(e => e.Domain == domainKey).OrderBy(e => e.Order).ThenBy(e => e.Category, StringComparer.Ordinal);
}
