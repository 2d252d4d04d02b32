using System.Data;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Benchmarks;

/// <summary>
/// Inserts JSON documents into a table shaped like the store's Documents table with one prepared command in
/// one transaction: the fastest the database takes those rows, which a store write is measured against.
/// </summary>
public static class RawDocumentsInsert
{
    public static void CreateTable(ScratchDatabase database) =>
        database.Execute(database.Provider == DatabaseProvider.Sqlite ? RawDocumentsSchema.Sql : RawPostgresDocumentsSchema.Sql);

    public static void Run(ScratchDatabase database, IReadOnlyList<string> documents)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO \"Documents\" (\"SiteId\", \"Type\", \"Content\") VALUES (@siteId, @type, @content)";
        Add(insert, "@siteId", DbType.Int32, RawDocumentsSchema.SiteId);
        Add(insert, "@type", DbType.String, DocumentTypes.ContentItem);
        var content = Add(insert, "@content", DbType.String, "");
        insert.Prepare();
        foreach (var document in documents)
        {
            content.Value = document;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static IDbDataParameter Add(IDbCommand command, string name, DbType type, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
