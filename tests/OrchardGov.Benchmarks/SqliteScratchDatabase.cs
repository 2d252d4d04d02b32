using System.Data.Common;
using Microsoft.Data.Sqlite;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Benchmarks;

/// <summary>A SQLite file, created by its first connection and deleted with its journal files.</summary>
public sealed class SqliteScratchDatabase(string path) : ScratchDatabase
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => $"Data Source={path}";

    public override void Create() => Drop();

    public override void Drop()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, $"{path}-wal", $"{path}-shm", $"{path}-journal" })
        {
            File.Delete(file);
        }
    }

    // The store's context turns foreign key checks on for every connection it opens.
    public override DbConnection Open()
    {
        var connection = new SqliteConnection($"{ConnectionString};Foreign Keys=True");
        connection.Open();
        return connection;
    }
}
