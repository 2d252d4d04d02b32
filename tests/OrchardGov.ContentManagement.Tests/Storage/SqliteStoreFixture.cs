using Microsoft.Data.Sqlite;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Tests.Storage;

public sealed class SqliteStoreFixture : StoreFixture
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orchardgov-store-").FullName;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string?> CreateDatabaseAsync() =>
        Task.FromResult<string?>($"Data Source={Path.Combine(_folder, "store.db")}");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
