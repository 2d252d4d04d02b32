using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace OrchardGov.Web.Tests;

/// <summary>The whole host in process, on a SQLite database of its own that starts empty.</summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orchardgov-web-").FullName;

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "portal.db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("OrchardGov:Database:Provider", "Sqlite");
        builder.UseSetting("OrchardGov:Database:ConnectionString", ConnectionString);
        builder.UseEnvironment("Production");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
