using System.Data.Common;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Benchmarks;

/// <summary>
/// An empty database that a benchmark makes before each iteration and drops after it, so that every iteration
/// does the same work. <see cref="Open"/> gives a plain connection for raw SQL, with the settings the store uses.
/// </summary>
public abstract class ScratchDatabase
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The store's <c>OrchardGov:Database:ConnectionString</c> for this database.</summary>
    public abstract string ConnectionString { get; }

    public abstract void Create();

    public abstract void Drop();

    public abstract DbConnection Open();

    /// <summary>A SQLite file named <paramref name="name"/> in <paramref name="folder"/>, or a PostgreSQL database on the test server.</summary>
    public static ScratchDatabase For(DatabaseProvider provider, string folder, string name) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteScratchDatabase(Path.Combine(folder, $"{name}.db")),
        DatabaseProvider.Postgres => new PostgresScratchDatabase($"orchardgov_bench_{name}_{Guid.NewGuid():N}"),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "No scratch database for this provider."),
    };

    public void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public long Count(string table)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
