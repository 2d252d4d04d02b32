using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.ContentItems;

namespace OrchardGov.ContentManagement.Indexes;

/// <summary>Base for index providers with one typed row class.</summary>
public abstract class IndexProvider<TIndex> : IIndexProvider where TIndex : IndexRow
{
    public Type IndexType => typeof(TIndex);

    public void ConfigureTable(ModelBuilder modelBuilder)
    {
        var table = modelBuilder.Entity<TIndex>();
        table.HasKey(row => row.Id);
        table.HasIndex(row => row.DocumentId);
        Configure(table);
    }

    public IEnumerable<IndexRow> Map(ContentItem item) => MapRows(item);

    /// <summary>Names the table and adds the columns' constraints and database indexes.</summary>
    protected abstract void Configure(EntityTypeBuilder<TIndex> table);

    protected abstract IEnumerable<TIndex> MapRows(ContentItem item);
}
