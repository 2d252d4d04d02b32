using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OrchardGov.Disclosure.Migrations.Schema;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqliteDisclosureSchemaContext</c> build the module's model.</summary>
internal sealed class SqliteDisclosureDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDisclosureSchemaContext>
{
    public SqliteDisclosureSchemaContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SqliteDisclosureSchemaContext>()
        .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable(DisclosureSchemaContext.HistoryTable)).Options);
}

internal sealed class PostgresDisclosureDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDisclosureSchemaContext>
{
    public PostgresDisclosureSchemaContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresDisclosureSchemaContext>()
        .UseNpgsql("Host=localhost", npgsql => npgsql.MigrationsHistoryTable(DisclosureSchemaContext.HistoryTable)).Options);
}
