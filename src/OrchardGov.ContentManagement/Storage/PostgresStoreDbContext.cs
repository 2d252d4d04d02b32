using Microsoft.EntityFrameworkCore;

namespace OrchardGov.ContentManagement.Storage;

/// <summary>The store on PostgreSQL; its migrations are under <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresStoreDbContext(DbContextOptions<PostgresStoreDbContext> options, StoreModel model)
    : StoreDbContext(options, model);
