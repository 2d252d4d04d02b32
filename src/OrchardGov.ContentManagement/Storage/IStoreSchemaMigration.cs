namespace OrchardGov.ContentManagement.Storage;

/// <summary>
/// A module's own schema (its index tables), brought up to date after the store's core migrations at start-up.
/// Implementations must be safe to run on every start and from several nodes.
/// </summary>
public interface IStoreSchemaMigration
{
    Task MigrateAsync(StoreDbContext db, CancellationToken cancellationToken);
}
