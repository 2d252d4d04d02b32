using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Indexes;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.ContentManagement.Tests.Features;
using OrchardGov.Testing;

namespace OrchardGov.ContentManagement.Tests.Storage;

/// <summary>One migrated database per provider, shared by a test class; each test makes its own sites.</summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private static int _siteCounter;
    private readonly string _folder = Directory.CreateTempSubdirectory("orchardgov-store-").FullName;
    private ServiceProvider? _services;
    private TestDatabase? _database;

    /// <summary>Why this provider's tests cannot run here; null when they can.</summary>
    public string? Unavailable { get; private set; }

    public IServiceProvider Services => _services ?? throw new InvalidOperationException(Unavailable);

    public ContentStore Store => Services.GetRequiredService<ContentStore>();
    public SiteRegistry Sites => Services.GetRequiredService<SiteRegistry>();
    public FeatureService Features => Services.GetRequiredService<FeatureService>();
    public StoreContextFactory Contexts => Services.GetRequiredService<StoreContextFactory>();

    public async Task<Site> NewSiteAsync()
    {
        var code = $"t{Environment.ProcessId}-{Interlocked.Increment(ref _siteCounter)}";
        return await Sites.CreateAsync(new SiteCreation(code, $"测试站点 {code}", Level: SiteLevel.Township));
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider, _folder);
        Unavailable = _database.Unavailable;
        if (Unavailable is not null)
        {
            return;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.Settings).Build();
        _services = new ServiceCollection()
            .AddContentManagement(configuration, Path.GetTempPath())
            .AddSingleton<IIndexProvider, BookIndexProvider>()
            .AddSingleton<IStoreSchemaMigration, BookIndexMigration>()
            .AddSingleton(new FeatureDescriptor("Test.Books", "图书", "测试功能"))
            .AddSingleton(new FeatureDescriptor("Test.Shelves", "书架", "测试功能", Dependencies: ["Test.Books"]))
            .AddSingleton(new FeatureDescriptor(BrokenFeatureHandler.FeatureId, "故障", "测试功能"))
            .AddSingleton<IFeatureEventHandler, BrokenFeatureHandler>()
            .BuildServiceProvider();
        await Services.GetRequiredService<StoreInitializer>().InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    protected abstract DatabaseProvider Provider { get; }
}

public sealed class SqliteStoreFixture : StoreFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresStoreFixture : StoreFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
