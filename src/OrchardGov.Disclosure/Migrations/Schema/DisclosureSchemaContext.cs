using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.Disclosure.Indexes;

namespace OrchardGov.Disclosure.Migrations.Schema;

/// <summary>
/// The module's index tables alone, for the module's own EF Core migrations (one subclass per provider, each
/// with its own history table). At run time the same tables are mapped into the store's context by the providers.
/// </summary>
public abstract class DisclosureSchemaContext(DbContextOptions options) : DbContext(options)
{
    public const string HistoryTable = "__DisclosureMigrationsHistory";

    public static readonly IReadOnlyList<IIndexProvider> IndexProviders =
        [new CatalogEntryIndexProvider(), new ColumnIndexProvider(), new ArticleIndexProvider()];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var provider in IndexProviders)
        {
            provider.ConfigureTable(modelBuilder);
        }
    }
}

public sealed class SqliteDisclosureSchemaContext(DbContextOptions<SqliteDisclosureSchemaContext> options) : DisclosureSchemaContext(options);

public sealed class PostgresDisclosureSchemaContext(DbContextOptions<PostgresDisclosureSchemaContext> options) : DisclosureSchemaContext(options);
