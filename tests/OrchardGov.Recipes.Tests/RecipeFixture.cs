using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Storage;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Export;
using OrchardGov.Recipes.Models;
using OrchardGov.Recipes.Parsing;
using OrchardGov.Testing;

namespace OrchardGov.Recipes.Tests;

/// <summary>
/// A migrated store with the recipe engine, on one provider (see <see cref="TestDatabase"/>); each test makes
/// its own sites.
/// </summary>
public abstract class RecipeFixture : IAsyncLifetime
{
    private static int _siteCounter;
    private TestStore? _store;

    public string? Unavailable => _store?.Unavailable;

    public IServiceProvider Services => _store?.Services ?? throw new InvalidOperationException("The fixture has not started.");
    public RecipeExecutor Executor => Services.GetRequiredService<RecipeExecutor>();
    public RecipeReader Reader => Services.GetRequiredService<RecipeReader>();
    public RecipeExporter Exporter => Services.GetRequiredService<RecipeExporter>();
    public ContentStore Store => Services.GetRequiredService<ContentStore>();
    public StoreContextFactory Contexts => Services.GetRequiredService<StoreContextFactory>();

    /// <summary>Recipe files a test writes for itself.</summary>
    public string Scratch => _store?.Folder ?? throw new InvalidOperationException("The fixture has not started.");

    protected abstract DatabaseProvider Provider { get; }

    public void SkipIfUnavailable() => Skip.If(Unavailable is not null, Unavailable);

    public async Task<Site> NewSiteAsync()
    {
        SkipIfUnavailable();
        var code = $"r{Environment.ProcessId}-{Interlocked.Increment(ref _siteCounter)}";
        return await Services.GetRequiredService<SiteRegistry>().CreateAsync(new SiteCreation(code, $"配方测试 {code}", Level: SiteLevel.Township));
    }

    public async Task<RecipeRunReport> RunAsync(string file, Site site, IReadOnlyDictionary<string, string>? parameters = null) =>
        await Executor.RunAsync(await Reader.ReadAsync(file), site, parameters);

    public async Task InitializeAsync() =>
        _store = await TestStore.StartAsync(Provider, (services, configuration) => services
            .AddSingleton(new FeatureDescriptor("OrchardGov.TestFeature", "测试功能", "配方测试用"))
            .AddRecipes(configuration));

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}

public sealed class SqliteRecipeFixture : RecipeFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresRecipeFixture : RecipeFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
