using Microsoft.EntityFrameworkCore.Design;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Migrations;

/// <summary>Lets <c>dotnet ef migrations add ... --context SqliteStoreDbContext</c> build the core model.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStoreDbContext>
{
    public SqliteStoreDbContext CreateDbContext(string[] args) =>
        (SqliteStoreDbContext)new StoreContextFactory(
            new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=design-time.db"), Path.GetTempPath(), StoreModel.Core)
            .CreateForMigrations();
}
