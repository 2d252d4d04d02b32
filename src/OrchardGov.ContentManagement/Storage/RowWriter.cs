using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

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
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))}) "
            + $"RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}";
        insert = new PreparedInsert(command, columns);
        _inserts[rowType] = insert;
        return insert;
    }

    private sealed class PreparedInsert(DbCommand command, List<IProperty> columns)
    {
        private readonly RelationalTypeMapping[] _mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();
        private readonly IClrPropertyGetter[] _getters = columns.Select(c => c.GetGetter()).ToArray();

        public DbCommand Command { get; } = command;

        public void Bind(object row)
        {
            Command.Parameters.Clear();
            for (var i = 0; i < _mappings.Length; i++)
            {
                Command.Parameters.Add(_mappings[i].CreateParameter(Command, "@p" + i, _getters[i].GetClrValue(row), columns[i].IsNullable));
            }
        }
    }
}
