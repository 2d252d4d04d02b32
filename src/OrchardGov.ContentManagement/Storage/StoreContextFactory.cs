using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace OrchardGov.ContentManagement.Storage;

/// <summary>Creates store contexts for the configured provider, checking the connection string once, up front.</summary>
public sealed class StoreContextFactory
{
    /// <summary>Connections per node when the connection string does not say; keep nodes × pool below max_connections.</summary>
    public const int DefaultPostgresPoolSize = 40;

    private readonly DbContextOptions _options;
    private readonly StoreModel _model;
    private readonly string _connectionString;

    public StoreContextFactory(DatabaseOptions database, string contentRoot, StoreModel model)
    {
        _model = model;
        Provider = database.Provider;
        _connectionString = Provider switch
        {
            DatabaseProvider.Sqlite => SqliteConnectionString(database.ConnectionString, contentRoot),
            DatabaseProvider.Postgres => PostgresConnectionString(database.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "Unknown database provider."),
        };
        _options = Provider == DatabaseProvider.Sqlite
            ? Configure(new DbContextOptionsBuilder<SqliteStoreDbContext>().UseSqlite(_connectionString))
            : Configure(new DbContextOptionsBuilder<PostgresStoreDbContext>().UseNpgsql(_connectionString));
    }

    /// <summary>A plain connection (pooled by the provider), for the few hot queries that skip EF Core.</summary>
    public DbConnection CreateConnection() => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(_connectionString)
        : new NpgsqlConnection(_connectionString);

    public DatabaseProvider Provider { get; }

    /// <summary>A context that reads and writes the rows of one site (0: no site's rows, platform tables only).</summary>
    public StoreDbContext Create(int siteId = 0) => Create(_model, siteId);

    /// <summary>A context with the core tables only, which the store's own migrations describe.</summary>
    internal StoreDbContext CreateForMigrations() => Create(StoreModel.Core, 0);

    private StoreDbContext Create(StoreModel model, int siteId)
    {
        StoreDbContext context = Provider == DatabaseProvider.Sqlite
            ? new SqliteStoreDbContext((DbContextOptions<SqliteStoreDbContext>)_options, model)
            : new PostgresStoreDbContext((DbContextOptions<PostgresStoreDbContext>)_options, model);
        context.CurrentSiteId = siteId;
        return context;
    }

    private static DbContextOptions<T> Configure<T>(DbContextOptionsBuilder<T> builder) where T : DbContext =>
        builder
            .ReplaceService<IModelCacheKeyFactory, StoreModelCacheKeyFactory>()
            // Module index tables are in the runtime model but migrated by their modules, not by the store's
            // migrations; a test checks that the core model itself has no pending changes.
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(
                string.IsNullOrWhiteSpace(configured) ? $"Data Source={Path.Combine(contentRoot, "App_Data", "orchardgov.db")}" : configured);
        }
        catch (Exception error) when (error is ArgumentException or FormatException)
        {
            throw new StoreConfigurationException(
                $"OrchardGov:Database:ConnectionString is not a valid SQLite connection string: {error.Message}", error);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new StoreConfigurationException(
                "OrchardGov:Database:ConnectionString names no SQLite file: set 'Data Source=path/to/orchardgov.db'.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (folder is not null && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }

    private static string PostgresConnectionString(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new StoreConfigurationException(
                "OrchardGov:Database:Provider is Postgres but OrchardGov:Database:ConnectionString is empty; "
                + "set it, e.g. 'Host=127.0.0.1;Port=5432;Database=orchardgov;Username=orchardgov;Password=...'.");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(configured);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                throw new StoreConfigurationException(
                    "OrchardGov:Database:ConnectionString names no PostgreSQL server: add 'Host=...'.");
            }

            // A burst of writers on one site queues on the site's row lock while each holds a connection; Npgsql's
            // default pool (100) matches PostgreSQL's default max_connections, so a burst could exhaust the server.
            // A smaller pool that waits longer queues the burst in the application instead.
            var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured };
            if (!given.ContainsKey("Maximum Pool Size") && !given.ContainsKey("MaxPoolSize"))
            {
                builder.MaxPoolSize = DefaultPostgresPoolSize;
            }

            if (!given.ContainsKey("Timeout"))
            {
                builder.Timeout = 120;
            }

            return builder.ConnectionString;
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidCastException)
        {
            throw new StoreConfigurationException(
                $"OrchardGov:Database:ConnectionString is not a valid PostgreSQL connection string: {error.Message}", error);
        }
    }
}
