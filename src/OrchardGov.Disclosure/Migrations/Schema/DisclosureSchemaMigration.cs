using Microsoft.EntityFrameworkCore;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Disclosure.Migrations.Schema;

/// <summary>Creates and upgrades the module's index tables with its own migrations, on the store's database.</summary>
public sealed class DisclosureSchemaMigration : IStoreSchemaMigration
{
    public async Task MigrateAsync(StoreDbContext db, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString();
        await using DisclosureSchemaContext schema = db.Database.IsNpgsql()
            ? new PostgresDisclosureSchemaContext(new DbContextOptionsBuilder<PostgresDisclosureSchemaContext>()
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(DisclosureSchemaContext.HistoryTable)).Options)
            : new SqliteDisclosureSchemaContext(new DbContextOptionsBuilder<SqliteDisclosureSchemaContext>()
                .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(DisclosureSchemaContext.HistoryTable)).Options);
        await schema.Database.MigrateAsync(cancellationToken);
    }
}
