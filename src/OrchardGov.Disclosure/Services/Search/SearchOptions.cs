using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Disclosure.Services.Search;

/// <summary>
/// Where this node keeps its search index (<c>OrchardGov:Search:Folder</c>) and how often it reads the change log
/// (<c>OrchardGov:Search:PollSeconds</c>, 2 by default). Each node has a folder of its own. Without a setting, the
/// index of a SQLite store lies beside its database file (<c>orchardgov.db</c> → <c>orchardgov.search/</c>), and that
/// of a PostgreSQL store in <c>App_Data/search/</c>.
/// </summary>
public sealed record SearchOptions(string Folder, TimeSpan PollInterval)
{
    public static SearchOptions Read(IConfiguration configuration, DatabaseOptions database, string contentRoot)
    {
        var section = configuration.GetSection("OrchardGov:Search");
        var folder = section["Folder"] is { Length: > 0 } configured ? Path.GetFullPath(configured, contentRoot) : DefaultFolder(database, contentRoot);
        var seconds = double.TryParse(section["PollSeconds"], System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 2;
        return new SearchOptions(folder, TimeSpan.FromSeconds(seconds));
    }

    private static string DefaultFolder(DatabaseOptions database, string contentRoot)
    {
        var appData = Path.Combine(contentRoot, "App_Data");
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return Path.Combine(appData, "search");
        }

        var file = string.IsNullOrWhiteSpace(database.ConnectionString) ? null : new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        return string.IsNullOrWhiteSpace(file) || file == ":memory:"
            ? Path.Combine(appData, "orchardgov.search")
            : Path.ChangeExtension(Path.GetFullPath(file, contentRoot), ".search");
    }
}
