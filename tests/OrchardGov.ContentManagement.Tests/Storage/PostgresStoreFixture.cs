using Npgsql;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.ContentManagement.Tests.Storage;

/// <summary>
/// A fresh database on the server named by ORCHARDGOV_TEST_POSTGRES (see tests/postgres-cluster.sh).
/// Without that variable the PostgreSQL tests are skipped, except under CI, where they fail.
/// </summary>
public sealed class PostgresStoreFixture : StoreFixture
{
    public const string ServerVariable = "ORCHARDGOV_TEST_POSTGRES";
    private string? _serverConnectionString;
    private readonly string _database = $"orchardgov_test_{Guid.NewGuid():N}";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override async Task<string?> CreateDatabaseAsync()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"{ServerVariable} is not set: CI must run the PostgreSQL tests (start a server with tests/postgres-cluster.sh).");
            }

            Unavailable = $"{ServerVariable} is not set; start a server with tests/postgres-cluster.sh to run the PostgreSQL tests.";
            return null;
        }

        await using var server = new NpgsqlConnection(_serverConnectionString);
        await server.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", server))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _database }.ConnectionString;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Unavailable is not null || _serverConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(_serverConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
