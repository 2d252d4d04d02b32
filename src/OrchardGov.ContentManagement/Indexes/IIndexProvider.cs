using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.ContentItems;

namespace OrchardGov.ContentManagement.Indexes;

/// <summary>
/// Projects content item versions into one index table. Modules register their own providers to add query
/// tables; the module creates its table through a <see cref="Storage.IStoreSchemaMigration"/>.
/// </summary>
public interface IIndexProvider
{
    Type IndexType { get; }

    /// <summary>Maps the index table into the store's model (table name, columns, database indexes).</summary>
    void ConfigureTable(ModelBuilder modelBuilder);

    /// <summary>The rows for one version; none when the version does not concern this index.</summary>
    IEnumerable<IndexRow> Map(ContentItem item);
}
