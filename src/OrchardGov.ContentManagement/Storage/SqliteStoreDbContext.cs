using Microsoft.EntityFrameworkCore;

namespace OrchardGov.ContentManagement.Storage;

/// <summary>The store on SQLite; its migrations are under <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteStoreDbContext(DbContextOptions<SqliteStoreDbContext> options, StoreModel model)
    : StoreDbContext(options, model);
