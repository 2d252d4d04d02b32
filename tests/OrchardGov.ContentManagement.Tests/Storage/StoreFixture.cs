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
    private TestStore? _store;

    /// <summary>Why this provider's tests cannot run here; null when they can.</summary>
    public string? Unavailable => _store?.Unavailable;

    public IServiceProvider Services => _store?.Services ?? throw new InvalidOperationException("The fixture has not started.");

    public ContentStore Store => Services.GetRequiredService<ContentStore>();
    public SiteRegistry Sites => Services.GetRequiredService<SiteRegistry>();
    public FeatureService Features => Services.GetRequiredService<FeatureService>();
    public StoreContextFactory Contexts => Services.GetRequiredService<StoreContextFactory>();

    public async Task<Site> NewSiteAsync()
    {
        var code = $"t{Environment.ProcessId}-{Interlocked.Increment(ref _siteCounter)}";
        return await Sites.CreateAsync(new SiteCreation(code, $"测试站点 {code}", Level: SiteLevel.Township));
    }

    public async Task InitializeAsync() =>
        _store = await TestStore.StartAsync(Provider, (services, _) => services
            .AddSingleton<IIndexProvider, BookIndexProvider>()
            .AddSingleton<IStoreSchemaMigration, BookIndexMigration>()
            .AddSingleton(new FeatureDescriptor("Test.Books", "图书", "测试功能"))
            .AddSingleton(new FeatureDescriptor("Test.Shelves", "书架", "测试功能", Dependencies: ["Test.Books"]))
            .AddSingleton(new FeatureDescriptor(BrokenFeatureHandler.FeatureId, "故障", "测试功能"))
            .AddSingleton<IFeatureEventHandler, BrokenFeatureHandler>());

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
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
