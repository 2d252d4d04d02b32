using Microsoft.EntityFrameworkCore.Design;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Migrations;

/// <summary>Lets <c>dotnet ef migrations add ... --context PostgresStoreDbContext</c> build the core model.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresStoreDbContext>
{
    public PostgresStoreDbContext CreateDbContext(string[] args) =>
        (PostgresStoreDbContext)new StoreContextFactory(
            new DatabaseOptions(DatabaseProvider.Postgres, "Host=localhost;Database=orchardgov_design"), Path.GetTempPath(), StoreModel.Core)
            .CreateForMigrations();
}
