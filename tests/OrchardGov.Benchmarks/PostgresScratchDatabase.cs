using System.Data.Common;
using Npgsql;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Benchmarks;

/// <summary>A database on the PostgreSQL server named by ORCHARDGOV_TEST_POSTGRES, whose user may CREATE DATABASE.</summary>
public sealed class PostgresScratchDatabase : ScratchDatabase
{
    public const string ServerVariable = "ORCHARDGOV_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name;

    public PostgresScratchDatabase(string name)
    {
        _name = name;
        _server = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set, so the PostgreSQL case has no server to run on. Start one with "
                + "'eval \"$(tests/postgres-cluster.sh start | tail -1)\"', or set it to a connection string whose user may CREATE DATABASE.");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string ConnectionString { get; }

    public override void Create() => OnServer($"CREATE DATABASE \"{_name}\"");

    public override void Drop()
    {
        NpgsqlConnection.ClearAllPools();
        OnServer($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    public override DbConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    private void OnServer(string sql)
    {
        using var server = new NpgsqlConnection(_server);
        server.Open();
        using var command = new NpgsqlCommand(sql, server);
        command.ExecuteNonQuery();
    }
}
