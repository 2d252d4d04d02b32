using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;

namespace OrchardGov.ContentManagement.Storage;

/// <summary>Brings the database schema up to date: the store's migrations, then each module's.</summary>
public sealed class StoreInitializer(StoreContextFactory contexts, IEnumerable<IStoreSchemaMigration> moduleMigrations)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using (var core = contexts.CreateForMigrations())
            {
                await core.Database.MigrateAsync(cancellationToken);
                if (contexts.Provider == DatabaseProvider.Sqlite)
                {
                    // Readers do not block the writer, and the writer does not block readers.
                    await core.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                }
            }

            await using var db = contexts.Create();
            foreach (var migration in moduleMigrations)
            {
                await migration.MigrateAsync(db, cancellationToken);
            }
        }
        catch (Exception error) when (error is DbException or SocketException or TimeoutException
                                          || error.InnerException is SocketException or TimeoutException)
        {
            throw new StoreConfigurationException(
                $"Cannot open the {contexts.Provider} database: {error.Message.TrimEnd('.')}. "
                + "Check OrchardGov:Database:ConnectionString and that the server is running.", error);
        }
    }
}
