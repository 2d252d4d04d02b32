using Microsoft.Extensions.Configuration;
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
    private ServiceProvider? _services;
    private TestDatabase? _database;

    public string? Unavailable { get; private set; }

    public IServiceProvider Services => _services ?? throw new InvalidOperationException(Unavailable);
    public RecipeExecutor Executor => Services.GetRequiredService<RecipeExecutor>();
    public RecipeReader Reader => Services.GetRequiredService<RecipeReader>();
    public RecipeExporter Exporter => Services.GetRequiredService<RecipeExporter>();
    public ContentStore Store => Services.GetRequiredService<ContentStore>();
    public StoreContextFactory Contexts => Services.GetRequiredService<StoreContextFactory>();

    /// <summary>Recipe files a test writes for itself.</summary>
    public string Scratch { get; } = Directory.CreateTempSubdirectory("orchardgov-recipes-").FullName;

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

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider, Scratch);
        Unavailable = _database.Unavailable;
        if (Unavailable is not null)
        {
            return;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.Settings).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddContentManagement(configuration, Scratch)
            .AddSingleton(new FeatureDescriptor("OrchardGov.TestFeature", "测试功能", "配方测试用"))
            .AddRecipes(configuration)
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

        Directory.Delete(Scratch, recursive: true);
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
