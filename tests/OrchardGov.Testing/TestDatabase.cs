using Microsoft.Data.Sqlite;
using Npgsql;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Testing;

/// <summary>
/// An empty database for one test fixture: a SQLite file in a temporary folder, or a fresh database on the
/// PostgreSQL server named by <see cref="PostgresVariable"/> (see tests/postgres-cluster.sh). Without that
/// variable the PostgreSQL tests are skipped, except under CI, where they fail.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "ORCHARDGOV_TEST_POSTGRES";

    private readonly string? _postgresServer;
    private readonly string? _postgresDatabase;

    private TestDatabase(DatabaseProvider provider, string? connectionString, string? unavailable, string? server = null, string? database = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Unavailable = unavailable;
        _postgresServer = server;
        _postgresDatabase = database;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Null when <see cref="Unavailable"/> says why this provider cannot be tested here.</summary>
    public string? ConnectionString { get; }

    public string? Unavailable { get; }

    /// <summary>The settings that point the store at this database.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["OrchardGov:Database:Provider"] = Provider.ToString(),
        ["OrchardGov:Database:ConnectionString"] = ConnectionString,
        ["OrchardGov:Search:Folder"] = SearchFolder,
    };

    /// <summary>A search index folder of this database's own, in the scratch folder (a second web node on it needs another).</summary>
    public string SearchFolder { get; private set; } = "";

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string folder)
    {
        var database = await CreateOnAsync(provider, folder);
        database.SearchFolder = Path.Combine(folder, $"search-{Guid.NewGuid():N}");
        return database;
    }

    private static async Task<TestDatabase> CreateOnAsync(DatabaseProvider provider, string folder)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestDatabase(provider, $"Data Source={Path.Combine(folder, $"store-{Guid.NewGuid():N}.db")}", null);
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"{PostgresVariable} is not set: CI must run the PostgreSQL tests (start a server with tests/postgres-cluster.sh).");
            }

            return new TestDatabase(provider, null,
                $"{PostgresVariable} is not set; start a server with tests/postgres-cluster.sh to run the PostgreSQL tests.");
        }

        var database = $"orchardgov_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        // Automatic statement preparation is the setting production servers are advised to use; test with it on.
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxAutoPrepare = 20 }.ConnectionString;
        return new TestDatabase(provider, connectionString, null, server, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        if (_postgresServer is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
