using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Storage;

namespace OrchardGov.Testing;

/// <summary>
/// The content store on a fresh <see cref="TestDatabase"/>, migrated, with whatever a test project adds to it,
/// and a scratch folder that goes away with it.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly ServiceProvider? _services;

    private TestStore(string folder, TestDatabase database, ServiceProvider? services)
    {
        Folder = folder;
        _database = database;
        _services = services;
    }

    public string Folder { get; }

    /// <summary>Why this provider cannot be tested here; null when it can.</summary>
    public string? Unavailable => _database.Unavailable;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException(Unavailable);

    public static async Task<TestStore> StartAsync(
        DatabaseProvider provider, Func<IServiceCollection, IConfiguration, IServiceCollection> addServices)
    {
        var folder = Directory.CreateTempSubdirectory("orchardgov-test-").FullName;
        var database = await TestDatabase.CreateAsync(provider, folder);
        if (database.Unavailable is not null)
        {
            return new TestStore(folder, database, null);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddContentManagement(configuration, folder);
        var provided = addServices(services, configuration).BuildServiceProvider();
        await provided.GetRequiredService<StoreInitializer>().InitializeAsync();
        return new TestStore(folder, database, provided);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _database.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
