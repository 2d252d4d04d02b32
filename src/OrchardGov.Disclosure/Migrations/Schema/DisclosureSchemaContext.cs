using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.Disclosure.Services.Compliance.Calendar;

namespace OrchardGov.Disclosure.Migrations.Schema;

/// <summary>
/// The module's tables alone, for the module's own EF Core migrations (one subclass per provider, each with its own
/// history table). At run time the index tables are mapped into the store's context by the providers; the holiday
/// years are read with plain commands.
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

        modelBuilder.ApplyConfiguration(new HolidayYearRecordConfiguration());
    }
}

public sealed class SqliteDisclosureSchemaContext(DbContextOptions<SqliteDisclosureSchemaContext> options) : DisclosureSchemaContext(options);

public sealed class PostgresDisclosureSchemaContext(DbContextOptions<PostgresDisclosureSchemaContext> options) : DisclosureSchemaContext(options);
