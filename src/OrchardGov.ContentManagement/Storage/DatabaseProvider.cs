namespace OrchardGov.ContentManagement.Storage;

public enum DatabaseProvider
{
    /// <summary>One file under App_Data; the default, for one web node.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, which several web nodes can share.</summary>
    Postgres,
}
