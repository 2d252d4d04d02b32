using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardGov.Portal.BrowserTests.Hosting;

/// <summary>
/// The whole host on a real loopback port, so that a browser can reach it, with a SQLite database, a media folder
/// and the repository's theme; the database starts empty, so the first start builds the demo platform.
/// </summary>
public sealed class KestrelPortal : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orchardgov-browser-").FullName;

    public KestrelPortal()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public string MediaFolder => Path.Combine(_folder, "media");

    /// <summary>The address the server listens on, without a trailing slash.</summary>
    public string BaseUrl =>
        Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("OrchardGov:Database:Provider", "Sqlite");
        builder.UseSetting("OrchardGov:Database:ConnectionString", $"Data Source={Path.Combine(_folder, "portal.db")}");
        builder.UseSetting("OrchardGov:Media:Folder", MediaFolder);
        builder.UseSetting("OrchardGov:Theme:Folder", RepositoryFolders.Theme);
        builder.UseEnvironment("Production");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
