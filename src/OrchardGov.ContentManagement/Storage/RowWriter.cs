using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OrchardGov.ContentManagement.Storage;

/// <summary>
/// Inserts rows with one prepared command per table, built from the EF Core model (table, columns, value
/// conversions), on the context's connection and transaction. Writing content goes through here because
/// EF Core's change tracker sends one round of work per row, which made a 1,000-item write several times
/// slower than the database itself.
/// </summary>
internal sealed class RowWriter(StoreDbContext db) : IDisposable
{
    private readonly Dictionary<Type, PreparedInsert> _inserts = [];

    /// <summary>Inserts the row and returns its generated key.</summary>
    public async Task<long> InsertAsync(object row)
    {
        var insert = Prepare(row.GetType());
        insert.Bind(row);
        return Convert.ToInt64(await insert.Command.ExecuteScalarAsync());
    }

    /// <summary>
    /// Inserts rows whose generated keys are not needed. Where the provider can batch (PostgreSQL) they go in a few
    /// round trips instead of one each; a scaffolded township writes about 700 index rows.
    /// </summary>
    public async Task InsertAllAsync(IReadOnlyList<object> rows)
    {
        var connection = db.Database.GetDbConnection();
        if (!connection.CanCreateBatch || rows.Count < 2)
        {
            foreach (var row in rows)
            {
                await InsertAsync(row);
            }

            return;
        }

        foreach (var chunk in rows.Chunk(BatchSize))
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var row in chunk)
            {
                var insert = Prepare(row.GetType());
                var command = batch.CreateBatchCommand();
                command.CommandText = insert.SqlWithoutReturning;
                command.Parameters.AddRange(insert.NewParameters(row));
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync();
        }
    }

    private const int BatchSize = 500;

    public void Dispose()
    {
        foreach (var insert in _inserts.Values)
        {
            insert.Command.Dispose();
        }
    }

    private PreparedInsert Prepare(Type rowType)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written inside the session's transaction only.");
        if (_inserts.TryGetValue(rowType, out var insert))
        {
            insert.Command.Transaction = transaction;
            return insert;
        }

        var entityType = db.Model.FindEntityType(rowType)
            ?? throw new InvalidOperationException($"{rowType.Name} is not a table of the store's model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entityType.FindPrimaryKey()!.Properties.Single();
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Where(p => p != key).ToList();

        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        var insertSql =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        command.CommandText = insertSql + $" RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}";
        insert = new PreparedInsert(command, columns, insertSql);
        _inserts[rowType] = insert;
        return insert;
    }

    // The parameters are made once and only their values change: Npgsql's automatic preparation binds a
    // prepared statement to its parameter objects, so new objects per row would send stale values.
    private sealed class PreparedInsert
    {
        private readonly DbParameter[] _parameters;
        private readonly ValueConverter?[] _converters;
        private readonly IClrPropertyGetter[] _getters;
        private readonly RelationalTypeMapping[] _mappings;
        private readonly bool[] _nullable;

        public PreparedInsert(DbCommand command, List<IProperty> columns, string sqlWithoutReturning)
        {
            Command = command;
            SqlWithoutReturning = sqlWithoutReturning;
            var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();
            _mappings = mappings;
            _nullable = columns.Select(c => c.IsNullable).ToArray();
            _parameters = mappings.Select((mapping, i) => mapping.CreateParameter(command, "@p" + i, null, columns[i].IsNullable)).ToArray();
            _converters = mappings.Select(m => m.Converter).ToArray();
            _getters = columns.Select(c => c.GetGetter()).ToArray();
            command.Parameters.AddRange(_parameters);
        }

        public DbCommand Command { get; }

        /// <summary>The INSERT without its RETURNING clause, for batches.</summary>
        public string SqlWithoutReturning { get; }

        public void Bind(object row)
        {
            for (var i = 0; i < _parameters.Length; i++)
            {
                _parameters[i].Value = ValueOf(row, i);
            }
        }

        /// <summary>New parameters holding the row's values (a batch needs its own per command); the mapping converts them.</summary>
        public DbParameter[] NewParameters(object row) =>
            _mappings.Select((mapping, i) => mapping.CreateParameter(Command, "@p" + i, _getters[i].GetClrValue(row), _nullable[i])).ToArray();

        private object ValueOf(object row, int i)
        {
            var value = _getters[i].GetClrValue(row);
            return (value is null ? null : _converters[i] is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
        }
    }
}
