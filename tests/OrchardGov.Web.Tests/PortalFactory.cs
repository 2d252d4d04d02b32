using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace OrchardGov.Web.Tests;

/// <summary>
/// The whole host in process, on a SQLite database of its own that starts empty, with a media folder of its own.
/// Another node of the same platform is another factory given the same database settings.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orchardgov-web-").FullName;
    private readonly IReadOnlyDictionary<string, string?>? _database;

    public PortalFactory()
    {
    }

    /// <summary>A node on the given database (provider and connection string settings).</summary>
    internal PortalFactory(IReadOnlyDictionary<string, string?> database) => _database = database;

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "portal.db")}";

    public string MediaFolder => Path.Combine(_folder, "media");

    /// <summary>This node's search index.</summary>
    public string SearchFolder => Path.Combine(_folder, "search");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("OrchardGov:Database:Provider", _database?["OrchardGov:Database:Provider"] ?? "Sqlite");
        builder.UseSetting("OrchardGov:Database:ConnectionString", _database?["OrchardGov:Database:ConnectionString"] ?? ConnectionString);
        builder.UseSetting("OrchardGov:Media:Folder", MediaFolder);
        builder.UseSetting("OrchardGov:Search:Folder", SearchFolder);
        builder.UseEnvironment("Production");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
